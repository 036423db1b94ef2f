import { readClauses } from './ingest/clauses/index.js';
import { parseText } from './ingest/parse/parse.js';
for (const t of process.argv.slice(2)) {
  const parsed = parseText(t);
  const w = (a: number, b: number) => parsed.words.slice(a, b).map((x) => x.text).join(' ');
  const g = (x: any) => (x ? x.members.map((m: any) => w(m.start, m.end)).join(' + ') : '-');
  console.log(t);
  for (const s of readClauses(parsed).sentences) for (const c of s.clauses)
    console.log(`  ${c.predicate.lemma}/${c.predicate.form}/${c.predicate.voice} light=${c.predicate.light ?? ''} agent=[${g(c.agent)}] theme=[${g(c.theme)}] preps=${c.preps.map((p: any) => p.prep + ':' + g(p.group)).join(', ')}`);
}
