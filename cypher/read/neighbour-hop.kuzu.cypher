// name: neighbour-hop
// params: ids
// template: kind, types
// returns: seed, edge, node: one hop out of the frontier entities of one kind, each row with the entity it leaves (seed), the relation and the entity it reaches (filters are applied by the caller: in Kuzu, filtering here made the plan several times slower)
// No article dates here (the Neo4j file has them): in Kuzu 0.11 an OPTIONAL MATCH of the articles
// tests every article against every row; one articles-by-ids query for the whole hop costs less.
MATCH (a:{{kind}})-[r:{{types}}]-(n)
WHERE a.id IN $ids
RETURN {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, roles: a.roles, degree: a.degree, articleCount: a.articleCount} AS seed,
  {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evidence: r.evidence} AS edge,
  {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node
