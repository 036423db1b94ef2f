/**
 * The curation log's meaning, without a database: which entries are in
 * force, and what an article's graph becomes through them.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { CurationEntry, Edit, Facts } from '../../../core/curation/edits.js';
import { projectArticle } from '../../../core/curation/project.js';
import { CurationState } from '../../../core/curation/state.js';
import { CURATION_GRAPHS } from '../../support/curation-graphs.js';

function logOf(...edits: Array<[Edit | { action: 'undo'; entry: number }, Partial<Facts>?]>): CurationEntry[] {
  const entries: CurationEntry[] = [];
  for (const [edit, facts] of edits) {
    const resolved = edit.action === 'undo' ? { action: 'undo' as const, entry: entries[edit.entry]!.id } : edit;
    entries.push({
      id: randomUUID(),
      seq: entries.length + 1,
      at: '2025-01-01T00:00:00.000Z',
      author: 'ana',
      reason: 'test',
      edit: resolved,
      facts: { names: {}, kinds: {}, ...facts },
    });
  }
  return entries;
}

const idsOf = (graph: { entities: Array<{ id: string }> }) => graph.entities.map((e) => e.id).sort();

describe('the log in force', () => {
  it('takes an undone entry out, and puts it back when the undo is undone', () => {
    const merge: Edit = { action: 'merge', survivor: 'a', merged: 'b' };
    expect(CurationState.of(logOf([merge])).resolve('b')).toBe('a');
    expect(CurationState.of(logOf([merge], [{ action: 'undo', entry: 0 }])).resolve('b')).toBe('b');
    const redone = CurationState.of(logOf([merge], [{ action: 'undo', entry: 0 }], [{ action: 'undo', entry: 1 }]));
    expect(redone.resolve('b')).toBe('a');
    expect([...redone.active].length).toBe(2);
  });

  it('follows chains of merges, and carries a verdict along a later merge', () => {
    const state = CurationState.of(
      logOf(
        [{ action: 'reject', relation: 'b|OPPOSES|c' }],
        [{ action: 'merge', survivor: 'b2', merged: 'b' }],
        [{ action: 'merge', survivor: 'b3', merged: 'b2' }],
      ),
    );
    expect(state.resolve('b')).toBe('b3');
    // OPPOSES is symmetric: stored with its ends in id order.
    expect(state.isRejected('b3|OPPOSES|c')).toBe(true);
    expect(state.isRejected('b|OPPOSES|c')).toBe(false);
  });

  it('lets the later verdict win, and an undo bring back the earlier one', () => {
    const reject: Edit = { action: 'reject', relation: 'a|SEEKS|b' };
    const confirm: Edit = { action: 'confirm', relation: 'a|SEEKS|b' };
    expect(CurationState.of(logOf([reject], [confirm])).verdict('a|SEEKS|b')).toBe('confirmed');
    expect(CurationState.of(logOf([reject], [confirm], [{ action: 'undo', entry: 1 }])).verdict('a|SEEKS|b')).toBe(
      'rejected',
    );
  });

  it('keeps the extractor’s kind and the name before renames, for linking and undo', () => {
    const state = CurationState.of(
      logOf(
        [{ action: 'kind', entity: 'x', kind: 'Place' }, { kinds: { x: 'Organization' } }],
        [{ action: 'kind', entity: 'x', kind: 'Country' }, { kinds: { x: 'Place' } }],
        [{ action: 'rename', entity: 'x', name: 'Ex' }, { names: { x: 'X' } }],
      ),
    );
    expect(state.kindOf('x')).toBe('Country');
    expect(state.naturalKindOf('x')).toBe('Organization');
    expect(state.nameOf('x')).toBe('Ex');
    expect(state.naturalNameOf('x')).toBe('X');
  });
});

describe('an article through the log', () => {
  const sale = CURATION_GRAPHS.sale;

  it('is unchanged by an empty log', () => {
    expect(projectArticle(sale, CurationState.empty).graph).toBe(sale);
  });

  it('moves a merged entity’s mentions, aliases and relations to the survivor, under its name', () => {
    const state = CurationState.of(
      logOf([
        { action: 'merge', survivor: 'rudolf-rassendyll', merged: 'rassendyll' },
        { names: { 'rudolf-rassendyll': 'Rudolf Rassendyll' }, kinds: { 'rudolf-rassendyll': 'Person' } },
      ]),
    );
    const { graph } = projectArticle(sale, state);
    expect(idsOf(graph)).not.toContain('rassendyll');
    const survivor = graph.entities.find((e) => e.id === 'rudolf-rassendyll')!;
    expect(survivor.name).toBe('Rudolf Rassendyll');
    expect(survivor.aliases).toEqual(expect.arrayContaining(['Rudolf Rassendyll', 'Rassendyll']));
    expect(survivor.mentions.map((m) => m.text)).toEqual(['Rassendyll']);
    expect(graph.relations.find((r) => r.type === 'MET_WITH')?.subject).toBe('rudolf-rassendyll');
  });

  it('keeps each sentence’s certainty, and its named source follows a merge like the relation ends do', () => {
    const attributed = structuredClone(sale);
    const seeks = attributed.relations.find((r) => r.type === 'SEEKS')!;
    seeks.evidence[0] = {
      ...seeks.evidence[0]!,
      certainty: 'alleged',
      attribution: { entity: 'rassendyll', text: 'Rassendyll' },
    };
    const state = CurationState.of(logOf([{ action: 'merge', survivor: 'rudolf-rassendyll', merged: 'rassendyll' }]));
    const [evidence] = projectArticle(attributed, state).graph.relations.find((r) => r.type === 'SEEKS')!.evidence;
    expect(evidence?.certainty).toBe('alleged');
    expect(evidence?.attribution).toEqual({ entity: 'rudolf-rassendyll', text: 'Rassendyll' });
    // The extracted graph itself is left as it was (it is what the store keeps to project again).
    expect(seeks.evidence[0]!.attribution?.entity).toBe('rassendyll');
  });

  it('drops a relation whose two ends became one', () => {
    const state = CurationState.of(logOf([{ action: 'merge', survivor: 'ruritania', merged: 'osterlich' }]));
    const { graph, held } = projectArticle(sale, state);
    expect(graph.relations.some((r) => r.type === 'OPPOSES')).toBe(false);
    expect(held).toEqual([]);
  });

  it('holds a rejected relation back with its evidence, by its stored id', () => {
    const state = CurationState.of(logOf([{ action: 'reject', relation: 'osterlich|OPPOSES|ruritania' }]));
    const { graph, held } = projectArticle(sale, state);
    expect(graph.relations.some((r) => r.type === 'OPPOSES')).toBe(false);
    expect(held).toHaveLength(1);
    expect(held[0]!.id).toBe('osterlich|OPPOSES|ruritania');
    expect(held[0]!.relation.evidence[0]!.sentence).toBe('Osterlich is against Ruritania, critics wrote.');
  });

  it('splits an alias out: its mentions and the relation ends they anchor go to the target', () => {
    const state = CurationState.of(
      logOf([
        {
          action: 'split',
          entity: 'black-elk-arms',
          alias: 'elk holdings',
          into: { name: 'Elk Holdings', kind: 'Organization' },
        },
        {
          target: 'elk-holdings',
          created: true,
          names: { 'elk-holdings': 'Elk Holdings' },
          kinds: { 'elk-holdings': 'Organization' },
        },
      ]),
    );
    const { graph } = projectArticle(CURATION_GRAPHS.summit, state);
    const arms = graph.entities.find((e) => e.id === 'black-elk-arms')!;
    const holdings = graph.entities.find((e) => e.id === 'elk-holdings')!;
    expect(arms.aliases).not.toContain('Elk Holdings');
    expect(holdings).toMatchObject({ name: 'Elk Holdings', kind: 'Organization', aliases: ['Elk Holdings'] });
    expect(holdings.mentions.map((m) => m.text)).toEqual(['Elk Holdings']);
    expect(graph.relations.find((r) => r.type === 'SUPPORTS')?.subject).toBe('elk-holdings');
    expect(graph.relations.find((r) => r.type === 'DEVELOPED_BY')?.object).toBe('black-elk-arms');
  });

  it('renames, changes kinds and corrects article metadata', () => {
    const state = CurationState.of(
      logOf(
        [
          { action: 'rename', entity: 'thunderbolt', name: 'Thunderbolt SAM' },
          { names: { thunderbolt: 'Thunderbolt' } },
        ],
        [{ action: 'kind', entity: 'osterlich', kind: 'Organization' }, { kinds: { osterlich: 'Country' } }],
        [{ action: 'article', article: 'thunderbolt-sale', changes: { source: 'Strelsau Post', date: null } }],
      ),
    );
    const { graph } = projectArticle(sale, state);
    expect(graph.entities.find((e) => e.id === 'thunderbolt')).toMatchObject({ name: 'Thunderbolt SAM' });
    expect(graph.entities.find((e) => e.id === 'thunderbolt')?.aliases).toContain('Thunderbolt');
    expect(graph.entities.find((e) => e.id === 'osterlich')?.kind).toBe('Organization');
    expect(graph.article).toMatchObject({ source: 'Strelsau Post', date: null, title: 'Thunderbolt sale' });
  });

  it('gives the same graph for the same article and log, whatever else the log holds', () => {
    const log = logOf(
      [
        { action: 'merge', survivor: 'ruritania', merged: 'ruritanian-republic' },
        { names: { ruritania: 'Ruritania' } },
      ],
      [{ action: 'distinct', entities: ['zenda', 'osterlich'] }],
    );
    const once = projectArticle(sale, CurationState.of(log)).graph;
    const again = projectArticle(structuredClone(sale), CurationState.of([...log].reverse())).graph;
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
  });
});
