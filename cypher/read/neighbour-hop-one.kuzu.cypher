// name: neighbour-hop-one
// params: id
// template: kind, types
// returns: seed, edge, node: one hop out of one entity (a single seed, or a frontier of one), each row with that entity (seed), the relation and the entity it reaches (filters are applied by the caller: in Kuzu, filtering here made the plan several times slower)
// neighbour-hop for one entity: only equality on the primary key is an index lookup in Kuzu 0.11
// (`a.id IN $ids` scans the kind's whole table, even for one id: 12.5 ms against 7.8 ms a hop at 100k
// entities). For many, one IN per kind still beats a statement per entity.
// No article dates here (the Neo4j file has them): in Kuzu 0.11 an OPTIONAL MATCH of the articles
// tests every article against every row; one articles-by-ids query for the whole hop costs less.
MATCH (a:{{kind}})-[r:{{types}}]-(n)
WHERE a.id = $id
RETURN {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, roles: a.roles, degree: a.degree, articleCount: a.articleCount} AS seed,
  {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evidence: r.evidence} AS edge,
  {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node
