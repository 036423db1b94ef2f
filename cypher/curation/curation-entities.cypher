// name: curation-entities
// template: kind
// returns: node, one per entity of this kind (with its counters), for duplicate suggestions
MATCH (n:{{kind}})
RETURN {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node
