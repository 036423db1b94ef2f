// name: entity-upsert
// params: id, name, kind, aliases, roles, aliasText, searchTerms, degreeDelta, articleDelta, mentionDelta
// template: kind
// returns: nothing; creates or updates one entity, adding the deltas to its counters
MERGE (n:{{kind}} {id: $id})
SET n.name = $name, n.kind = $kind, n.aliases = $aliases, n.roles = $roles,
  n.aliasText = $aliasText, n.searchTerms = $searchTerms,
  n.degree = coalesce(n.degree, 0) + $degreeDelta,
  n.articleCount = coalesce(n.articleCount, 0) + $articleDelta,
  n.mentionCount = coalesce(n.mentionCount, 0) + $mentionDelta
