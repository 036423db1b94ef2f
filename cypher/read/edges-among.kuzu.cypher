// name: edges-among
// params: ids
// template: kind, types
// returns: edge, far: relations going out of the entities (of one kind) in ids, each with the id of the entity it reaches (the caller keeps those that reach an entity among the neighbours)
// No filter on the far end here. Pushed into the match, Kuzu 0.11 drops rows of multi-type patterns (seen on
// bulk-loaded, checkpointed tables); after a WITH, it returns the long strings of some rows garbled (a relation's
// packed evidence as the cut-off tail of another's, seen on 5k/15k after incremental loads). No article dates, as in
// neighbour-hop.
MATCH (a:{{kind}})-[r:{{types}}]->(n)
WHERE a.id IN $ids
RETURN {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evidence: r.evidence} AS edge,
  n.id AS far
