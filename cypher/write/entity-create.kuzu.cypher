// name: entity-create
// params: id, name, kind, aliases, roles, aliasText, searchTerms, degree, articleCount, mentionCount
// template: kind
// returns: nothing; creates one new entity (one row per statement: in Kuzu 0.11 nodes created by UNWIND into a table with a full-text index crash the process when updated later)
CREATE (:{{kind}} {id: $id, name: $name, kind: $kind, aliases: $aliases, roles: $roles, aliasText: $aliasText,
  searchTerms: $searchTerms, degree: $degree, articleCount: $articleCount, mentionCount: $mentionCount})
