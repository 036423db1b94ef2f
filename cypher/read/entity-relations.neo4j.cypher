// name: entity-relations
// params: id
// template: kind, types
// returns: edge, node: every relation of the entity of the given types, with the entity at its other end
MATCH (a:{{kind}} {id: $id})-[r:{{types}}]-(n)
RETURN {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evArticle: r.evArticle, evCertainty: r.evCertainty} AS edge, {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node
ORDER BY edge.corroboration DESC, edge.id
