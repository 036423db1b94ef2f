// name: relations-update
// params: source, target, role, status, what, certainty, articles, corroboration, evidenceCount, claim, evidence
// each: rows
// template: from, type, to
// returns: nothing; replaces, for each row, the properties and evidence of the relation source -[type]-> target
// Once per row: each end is a primary-key lookup (an UNWIND of both ends joins the whole tables in Kuzu 0.11).
MATCH (a:{{from}} {id: $source})-[r:{{type}}]->(b:{{to}} {id: $target})
SET r.role = $role, r.status = $status, r.what = $what, r.certainty = $certainty, r.claim = $claim,
  r.articles = $articles, r.corroboration = $corroboration, r.evidenceCount = $evidenceCount,
  r.evidence = $evidence
