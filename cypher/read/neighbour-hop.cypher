// name: neighbour-hop
// params: ids, kinds, minCorroboration
// template: kind, types
// returns: from, edge, node: one hop out of the frontier entities (of one kind), filtered by kinds and corroboration
MATCH (a:{{kind}})-[r:{{types}}]-(n:{{entity}})
WHERE a.id IN $ids AND n.kind IN $kinds AND r.corroboration >= $minCorroboration
RETURN a.id AS from, {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount} AS edge, {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node
