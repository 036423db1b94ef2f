/** Offices stated by a verb: who heads, leads or founded a body. */
import type { RelationRule } from '../engine/types.js';

export const OFFICE_RULES: readonly RelationRule[] = [
  {
    id: 'lead.holder',
    description: 'a person who heads, leads or chairs a body holds a role in it ("headed by X", "X leads the party")',
    cue: 'lead',
    type: 'HOLDS_ROLE',
    subject: 'agent',
    object: 'theme',
    kinds: { subject: ['Person'], object: ['Organization'] },
    properties: { role: 'head' },
    examples: [
      {
        text: 'The Atlas Group is headed by Ivan Petrov, a businessman.',
        facts: ['Ivan Petrov HOLDS_ROLE Atlas Group'],
      },
      {
        text: 'Maria Costa has chaired the Lusitania Party since 2019.',
        facts: ['Maria Costa HOLDS_ROLE Lusitania Party'],
      },
    ],
  },
];
