/**
 * Every relation rule, on its own example sentences (invented, from
 * different stories), through the whole pipeline: each stated fact is found,
 * and it was made by that rule. The rule set itself must be sound.
 */
import { describe, expect, it } from '@jest/globals';
import { isRelationType } from '../../../core/ontology.js';
import { isClauseRule, isPairwiseRule } from '../../../ingest/relations/engine/types.js';
import { checkRules, RELATION_RULES } from '../../../ingest/relations/rules/index.js';
import { extract } from './helpers.js';

describe('relation rules', () => {
  it('are sound: unique ids, endpoint kinds the ontology allows', () => {
    expect(checkRules(RELATION_RULES)).toEqual([]);
  });

  it('each have examples from at least two different sentences', () => {
    for (const rule of RELATION_RULES) expect(new Set(rule.examples.map((e) => e.text)).size).toBeGreaterThanOrEqual(2);
  });

  describe.each(RELATION_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it.each(rule.examples.map((e) => [e.text, e] as const))('reads: %s', (_text, example) => {
      const graph = extract(example.text);
      const names = new Map(graph.entities.map((e) => [e.id, e.name]));
      const made = graph.relations
        .filter((r) => r.evidence.some((e) => e.rule === rule.id))
        .map((r) => `${names.get(r.subject)} ${r.type} ${names.get(r.object)}`);
      expect(made).toEqual(expect.arrayContaining([...example.facts]));
      expect(example.facts.length).toBeGreaterThan(0);
      const types = isClauseRule(rule) || isPairwiseRule(rule) ? [rule.type] : rule.types;
      for (const fact of example.facts) expect(types).toContain(fact.split(' ').find(isRelationType));
    });
  });
});
