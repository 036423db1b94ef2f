// name: entities-create
// params: rows
// template: kind
// returns: nothing; creates new entities of one kind, one per row, labelled Entity and their kind
UNWIND $rows AS e
CREATE (:Entity:{{kind}} {id: e.id, name: e.name, kind: e.kind, aliases: e.aliases, roles: e.roles, aliasText: e.aliasText,
  degree: e.degree, articleCount: e.articleCount, mentionCount: e.mentionCount})
