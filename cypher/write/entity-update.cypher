// name: entity-update
// params: id, name, aliases, roles, aliasText, searchTerms, degreeDelta, articleDelta, mentionDelta
// template: kind
// returns: nothing; updates a stored entity's names and adds the deltas to its counters
MATCH (n:{{kind}} {id: $id})
SET n.name = $name, n.aliases = $aliases, n.roles = $roles,
  n.aliasText = $aliasText, n.searchTerms = $searchTerms,
  n.degree = coalesce(n.degree, 0) + $degreeDelta,
  n.articleCount = coalesce(n.articleCount, 0) + $articleDelta,
  n.mentionCount = coalesce(n.mentionCount, 0) + $mentionDelta
