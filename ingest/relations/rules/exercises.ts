/**
 * Military exercises and drills held together: the armed cooperation of the
 * parties, each supporting the other ("held joint exercises with Y", "A and
 * B staged naval drills").
 */
import type { RelationRule } from '../engine/types.js';

const PARTIES = ['Country', 'Organization'] as const;

export const EXERCISE_RULES: readonly RelationRule[] = [
  {
    id: 'exercise.with',
    description: 'who holds exercises or drills with someone supports them',
    cue: 'exercise',
    forms: ['noun'],
    type: 'SUPPORTS',
    subject: 'agent',
    object: 'prep:with',
    kinds: { subject: PARTIES, object: PARTIES },
    examples: [
      {
        text: 'Washington held joint air exercises with Guyana in December.',
        facts: ['United States SUPPORTS Guyana'],
      },
      {
        text: 'Iran’s Revolutionary Guard staged drills with Russia.',
        facts: ['Islamic Revolutionary Guard Corps SUPPORTS Russia'],
      },
    ],
  },
  {
    id: 'exercise.with-partner',
    description: 'whom exercises or drills are held with supports who holds them',
    cue: 'exercise',
    forms: ['noun'],
    type: 'SUPPORTS',
    subject: 'prep:with',
    object: 'agent',
    kinds: { subject: PARTIES, object: PARTIES },
    examples: [
      {
        text: 'Washington held joint air exercises with Guyana in December.',
        facts: ['Guyana SUPPORTS United States'],
      },
      { text: 'Kenya conducted naval drills with France off Mombasa.', facts: ['France SUPPORTS Kenya'] },
    ],
  },
  {
    id: 'exercise.together',
    description: 'parties holding exercises or drills together support each other',
    cue: 'exercise',
    forms: ['noun'],
    type: 'SUPPORTS',
    pairwise: 'agent',
    unless: ['prep:with'],
    mutual: true,
    kinds: PARTIES,
    examples: [
      {
        text: 'Turkey and Azerbaijan held a joint drill in August.',
        facts: ['Turkey SUPPORTS Azerbaijan', 'Azerbaijan SUPPORTS Turkey'],
      },
      {
        text: 'Chile and Peru conducted joint naval exercises last year.',
        facts: ['Chile SUPPORTS Peru', 'Peru SUPPORTS Chile'],
      },
    ],
  },
];
