// name: entities-create
// params: rows
// template: kind
// returns: nothing; creates new entities of one kind, one per row (id, name, kind, aliases, roles, aliasText, degree, articleCount, mentionCount)
// An empty list travels as NULL, typed STRING inside UNWIND rows: roles is cast back to a list.
UNWIND $rows AS e
CREATE (:{{kind}} {id: e.id, name: e.name, kind: e.kind, aliases: e.aliases, roles: CAST(e.roles AS STRING[]), aliasText: e.aliasText,
  degree: e.degree, articleCount: e.articleCount, mentionCount: e.mentionCount})
