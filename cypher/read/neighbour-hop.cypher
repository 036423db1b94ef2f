// name: neighbour-hop
// params: ids
// template: kind, types
// returns: from, edge, node: one hop out of the frontier entities of one kind (filters are applied by the caller: in Kuzu, filtering here made the plan several times slower)
MATCH (a:{{kind}})-[r:{{types}}]-(n)
WHERE a.id IN $ids
RETURN a.id AS from,
  {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evArticle: r.evArticle, evCertainty: r.evCertainty} AS edge,
  {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node
