// name: relations-get-many
// params: rows
// template: from, type, to
// returns: source, target, edge and its evidence (as relations-get), one row per stored relation source -[type]-> target among the rows (source, target)
// Read before a batch of articles writes, one statement per table for the whole batch. Kuzu 0.11 joins UNWIND rows
// with whole tables (relations-get runs once per row for that reason): matching the source first and the target
// through the source's edges keeps it to one scan of the source kind's ids, cheaper than a statement per row
// once a table has a few dozen rows (`npm run bench -- --only store`).
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.source})
WITH a, row
MATCH (a)-[r:{{type}}]->(b:{{to}})
WHERE b.id = row.target
RETURN a.id AS source, b.id AS target,
  {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evidence: r.evidence} AS edge,
  r.evidence AS evidence
