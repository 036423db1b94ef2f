// name: neighbour-hop
// params: ids
// template: kind, types
// returns: seed, edge, node, dates: one hop out of the frontier entities of one kind, each row with the entity it leaves (seed), the relation, the entity it reaches and the date of each of the relation's articles, so that a depth-1 neighbourhood is this one query (filters are applied by the caller: in Kuzu, filtering here made the plan several times slower)
// The articles are matched by a list filter, not by a lookup per id: Kuzu 0.11 plans an UNWIND of
// ids against a table as a join of the whole table; the Article table is small beside the entities.
MATCH (a:{{kind}})-[r:{{types}}]-(n)
WHERE a.id IN $ids
OPTIONAL MATCH (art:Article)
WHERE list_contains(r.evArticle, art.id)
RETURN {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, roles: a.roles, degree: a.degree, articleCount: a.articleCount} AS seed,
  {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evArticle: r.evArticle, evCertainty: r.evCertainty} AS edge,
  {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node,
  collect({id: art.id, date: art.date}) AS dates
