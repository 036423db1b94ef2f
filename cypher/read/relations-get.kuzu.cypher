// name: relations-get
// params: source, target
// each: rows
// template: from, type, to
// returns: edge and its evidence, one row per stored relation source -[type]-> target among the rows (source, target)
// Once per row: each end is a primary-key lookup (an UNWIND of both ends joins the whole tables in Kuzu 0.11).
MATCH (a:{{from}} {id: $source})-[r:{{type}}]->(b:{{to}} {id: $target})
RETURN {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evidence: r.evidence} AS edge,
  r.evidence AS evidence
