// name: relations-by-claim
// params: claim
// template: types
// returns: edge and its evidence, for every relation whose stored status is the claim (e.g. disputed)
MATCH (a)-[r:{{types}}]->(b)
WHERE r.claim = $claim
RETURN {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evidence: r.evidence} AS edge,
  r.evidence AS evidence
