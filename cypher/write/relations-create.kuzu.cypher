// name: relations-create
// params: source, target, id, role, status, what, certainty, articles, corroboration, evidenceCount, claim, evidence
// each: rows
// template: from, type, to
// returns: nothing; creates, for each row, the relation source -[type]-> target with its evidence
// Once per row: each end is a primary-key lookup (an UNWIND of both ends joins the whole tables in Kuzu 0.11).
MATCH (a:{{from}} {id: $source}), (b:{{to}} {id: $target})
CREATE (a)-[:{{type}} {id: $id, role: $role, status: $status, what: $what, certainty: $certainty, claim: $claim,
  articles: $articles, corroboration: $corroboration, evidenceCount: $evidenceCount,
  evidence: $evidence}]->(b)
