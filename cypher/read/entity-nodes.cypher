// name: entity-nodes
// params: ids
// template: kind
// returns: node, one per stored entity of this kind among the ids
MATCH (n:{{kind}})
WHERE n.id IN $ids
RETURN {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node
