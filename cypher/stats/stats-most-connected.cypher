// name: stats-most-connected
// params: limit
// returns: node, the entities with the most typed relations
MATCH (n:{{entity}})
WHERE n.degree > 0
RETURN {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node
ORDER BY node.degree DESC, node.articleCount DESC, node.name
LIMIT $limit
