/**
 * The named functions rules may run (for what the shape of noun phrases or
 * an inference over an article says, where a clause rule cannot). The record
 * is exhaustive: a name without a function fails the type check.
 */
import type { RuleFunction } from '../engine/engine.js';
import { agentlessSigning } from './agentless-signing.js';
import { describedParties, namedAgreementParties } from './agreement-parties.js';
import { contractBuyers } from './contracts.js';
import { datelineOffices } from './dateline-offices.js';
import { allies, diplomaticMissions, diplomaticRelations, recognition } from './diplomacy.js';
import { gazetteerPlaces, namedParties, officeHolderSigns, stateThroughForces } from './inference.js';
import {
  organizationAppositions,
  placeAppositions,
  placeBearings,
  placeCommaCountry,
  placeCopulas,
  placeInPlace,
  placeOfDescription,
  presence,
} from './places.js';
import { appositionRoles, bodiesOf, possessorRoles, titledComplements } from './roles.js';
import { programmePartners } from './programmes.js';
import { envoys } from './envoys.js';
import { makerSpeakers } from './maker-speakers.js';
import { mediators } from './mediators.js';
import { helpersInConflicts } from './helpers.js';
import { causedReactions } from './reactions.js';
import { sanctionLists } from './sanction-lists.js';
import { stanceNouns } from './stance-nouns.js';
import { presentPeople, visitedCountries, visitors } from './visits.js';
import {
  compoundModifiers,
  makerModifiers,
  nationalAffiliation,
  ownerModifiers,
  titlesAndAppositions,
} from './structure.js';

export const FUNCTION_NAMES = [
  'titles-and-appositions',
  'apposition-roles',
  'national-affiliation',
  'maker-modifiers',
  'maker-speakers',
  'owner-modifiers',
  'compound-modifiers',
  'diplomatic-relations',
  'diplomatic-missions',
  'allies',
  'recognition',
  'place-appositions',
  'organization-appositions',
  'place-in-place',
  'presence',
  'named-parties',
  'named-agreement-parties',
  'described-parties',
  'office-holder-signs',
  'gazetteer-places',
  'dateline-offices',
  'state-through-forces',
  'stance-nouns',
  'sanction-lists',
  'agentless-signing',
  'contract-buyers',
  'visited-countries',
  'possessor-roles',
  'bodies-of',
  'programme-partners',
  'caused-reactions',
  'titled-complements',
  'visitors',
  'present-people',
  'place-copulas',
  'place-of-description',
  'place-bearings',
  'place-comma-country',
  'helpers-in-conflicts',
  'envoys',
  'mediators',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export const RULE_FUNCTIONS: Record<FunctionName, RuleFunction> = {
  'titles-and-appositions': { scope: 'sentence', run: titlesAndAppositions },
  'apposition-roles': { scope: 'sentence', run: appositionRoles },
  'national-affiliation': { scope: 'sentence', run: nationalAffiliation },
  'maker-modifiers': { scope: 'sentence', run: makerModifiers },
  'maker-speakers': { scope: 'sentence', run: makerSpeakers },
  'owner-modifiers': { scope: 'sentence', run: ownerModifiers },
  'compound-modifiers': { scope: 'sentence', run: compoundModifiers },
  'diplomatic-relations': { scope: 'sentence', run: diplomaticRelations },
  'diplomatic-missions': { scope: 'sentence', run: diplomaticMissions },
  allies: { scope: 'sentence', run: allies },
  recognition: { scope: 'sentence', run: recognition },
  'place-appositions': { scope: 'sentence', run: placeAppositions },
  'organization-appositions': { scope: 'sentence', run: organizationAppositions },
  'place-in-place': { scope: 'sentence', run: placeInPlace },
  presence: { scope: 'sentence', run: presence },
  'named-parties': { scope: 'article', run: (ctx) => namedParties(ctx) },
  'named-agreement-parties': { scope: 'sentence', run: namedAgreementParties },
  'described-parties': { scope: 'sentence', run: describedParties },
  'office-holder-signs': { scope: 'article', run: (ctx) => officeHolderSigns(ctx) },
  'gazetteer-places': { scope: 'article', run: (ctx) => gazetteerPlaces(ctx) },
  'dateline-offices': { scope: 'article', run: datelineOffices },
  'state-through-forces': { scope: 'article', run: (ctx) => stateThroughForces(ctx) },
  'stance-nouns': { scope: 'sentence', run: stanceNouns },
  'sanction-lists': { scope: 'sentence', run: sanctionLists },
  'agentless-signing': { scope: 'article', run: agentlessSigning },
  'contract-buyers': { scope: 'article', run: contractBuyers },
  'visited-countries': { scope: 'article', run: (ctx) => visitedCountries(ctx) },
  'possessor-roles': { scope: 'sentence', run: possessorRoles },
  'bodies-of': { scope: 'sentence', run: bodiesOf },
  'programme-partners': { scope: 'sentence', run: programmePartners },
  'caused-reactions': { scope: 'sentence', run: causedReactions },
  'titled-complements': { scope: 'sentence', run: titledComplements },
  visitors: { scope: 'article', run: visitors },
  'present-people': { scope: 'sentence', run: presentPeople },
  'place-copulas': { scope: 'sentence', run: placeCopulas },
  'place-of-description': { scope: 'sentence', run: placeOfDescription },
  'place-bearings': { scope: 'sentence', run: placeBearings },
  'place-comma-country': { scope: 'sentence', run: placeCommaCountry },
  'helpers-in-conflicts': { scope: 'sentence', run: helpersInConflicts },
  envoys: { scope: 'sentence', run: envoys },
  mediators: { scope: 'sentence', run: mediators },
};
