// name: neighbour-hop-one
// params: id
// template: kind, types
// returns: seed, edge, node, dates: one hop out of one entity (a single seed, or a frontier of one), each row with that entity (seed), the relation, the entity it reaches and the date of each of the relation's articles, so that a depth-1 neighbourhood is this one query (filters are applied by the caller)
MATCH (a:{{kind}} {id: $id})-[r:{{types}}]-(n)
RETURN {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, roles: a.roles, degree: a.degree, articleCount: a.articleCount} AS seed,
  {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evArticle: r.evArticle, evCertainty: r.evCertainty} AS edge,
  {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node,
  COLLECT { MATCH (art:Article) WHERE art.id IN r.evArticle RETURN {id: art.id, date: art.date} } AS dates
