/**
 * Every relation rule, checked when loaded: ids unique, endpoint kinds
 * allowed by the ontology for the rule's relation type, at least two
 * examples (the type says so; the rules test runs them).
 */
import { allowsEndpoints } from '../../../core/ontology.js';
import { isClauseRule, isPairwiseRule, type RelationRule } from '../engine/types.js';
import { AGREEMENT_RULES } from './agreements.js';
import { ARMS_MOVEMENT_RULES, ARMS_RULES } from './arms.js';
import { ENCOUNTER_RULES } from './encounters.js';
import { EXERCISE_RULES } from './exercises.js';
import { STANCE_RULES } from './stance.js';
import { OFFICE_RULES } from './offices.js';
import { FUNCTION_RULES } from './structural-rules.js';

export const RELATION_RULES: readonly RelationRule[] = [
  ...AGREEMENT_RULES,
  ...ENCOUNTER_RULES,
  ...EXERCISE_RULES,
  ...ARMS_RULES,
  ...ARMS_MOVEMENT_RULES,
  ...STANCE_RULES,
  ...OFFICE_RULES,
  ...FUNCTION_RULES,
];

/** Problems with a rule set (empty when it is sound). */
export function checkRules(rules: readonly RelationRule[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`duplicate rule id ${r.id}`);
    ids.add(r.id);
    if (isClauseRule(r)) {
      for (const s of r.kinds.subject)
        for (const o of r.kinds.object)
          if (!allowsEndpoints(r.type, s, o)) problems.push(`${r.id}: ${s} -${r.type}-> ${o} is not in the ontology`);
    } else if (isPairwiseRule(r)) {
      for (const s of r.kinds)
        for (const o of r.kinds)
          if (!allowsEndpoints(r.type, s, o)) problems.push(`${r.id}: ${s} -${r.type}-> ${o} is not in the ontology`);
    }
  }
  return problems;
}

const problems = checkRules(RELATION_RULES);
if (problems.length > 0) throw new Error(`relation rules are invalid:\n${problems.join('\n')}`);
