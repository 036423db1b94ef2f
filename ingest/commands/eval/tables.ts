/**
 * The evaluation report as plain-text tables: per story, per entity kind, per
 * relation type and per rule, with the macro averages of the dev stories.
 */
import type { Tally } from './reference.js';
import { headline, type EvalReport, type Headline, type RuleTally } from './report.js';

const f2 = (x: number): string => x.toFixed(2);
const ratio = (a: number, b: number): string => (b === 0 ? '   -' : f2(a / b));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function headlineRow(label: string, articles: string, h: Headline): string[] {
  return [label, articles, f2(h.entityF1), f2(h.pairF1), f2(h.typedF1), f2(h.typedP), f2(h.typedR)];
}

function tallyTable(title: string, tallies: Record<string, Tally>): string {
  const rows = Object.entries(tallies)
    .sort((a, b) => b[1].gold - a[1].gold || a[0].localeCompare(b[0]))
    .map(([k, t]) => [k, String(t.gold), String(t.pred), String(t.tp), ratio(t.tp, t.pred), ratio(t.tp, t.gold)]);
  return table([title, 'gold', 'pred', 'tp', 'P', 'R'], rows);
}

function ruleTable(rules: Record<string, RuleTally>): string {
  const rows = Object.entries(rules)
    .sort((a, b) => a[1].matched / a[1].relations - b[1].matched / b[1].relations || b[1].relations - a[1].relations)
    .map(([k, t]) => [k, String(t.relations), String(t.matched), String(t.unmatched), ratio(t.matched, t.relations)]);
  return table(['rule (all stories, worst precision first)', 'relations', 'match gold', 'do not', 'P'], rows);
}

/** The whole report as text. */
export function formatReport(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  if (options.verbose) {
    for (const s of report.stories) {
      out.push(`## ${s.story}: misses`, ...s.misses, '', `## ${s.story}: spurious relations`, ...s.spurious);
      if (s.wrongKind.length > 0) out.push('', `## ${s.story}: matched entity, wrong kind`, ...s.wrongKind);
      out.push('');
    }
  }
  const rows = report.stories.map((s) => headlineRow(s.story, String(s.articles), headline(s.scores)));
  if (report.macro) rows.push(headlineRow('macro (dev stories)', '', report.macro));
  out.push(table(['story', 'articles', 'entities F1', 'pairs F1', 'typed F1', 'typed P', 'typed R'], rows), '');
  out.push(tallyTable('entity kind (dev stories)', report.byKind), '');
  out.push(tallyTable('relation type (dev stories)', report.byType), '');
  out.push(ruleTable(report.byRule));
  return `${out.join('\n')}\n`;
}
