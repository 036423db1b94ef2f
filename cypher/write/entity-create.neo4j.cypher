// name: entity-create
// params: id, name, kind, aliases, roles, aliasText, searchTerms, degree, articleCount, mentionCount
// template: kind
// returns: nothing; creates one new entity, labelled Entity and its kind
CREATE (:Entity:{{kind}} {id: $id, name: $name, kind: $kind, aliases: $aliases, roles: $roles, aliasText: $aliasText,
  searchTerms: $searchTerms, degree: $degree, articleCount: $articleCount, mentionCount: $mentionCount})
