// name: edges-among
// params: ids, among
// template: kind, types
// returns: edge: relations going out of the entities (of one kind) in ids to any entity in among
// The filter on the far end comes after WITH: pushed into the match, Kuzu 0.11 drops rows of
// multi-type patterns (seen on bulk-loaded, checkpointed tables). No article dates, as in neighbour-hop.
MATCH (a:{{kind}})-[r:{{types}}]->(n)
WHERE a.id IN $ids
WITH r, n
WHERE n.id IN $among
RETURN {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evidence: r.evidence} AS edge
