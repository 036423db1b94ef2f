// name: entities-update
// params: rows
// template: kind
// returns: nothing; for each row (id, name, aliases, roles, aliasText, degreeDelta, articleDelta, mentionDelta) updates a stored entity's names and adds the deltas to its counters
// An empty list travels as NULL, typed STRING inside UNWIND rows: roles is cast back to a list.
UNWIND $rows AS e
MATCH (n:{{kind}} {id: e.id})
SET n.name = e.name, n.aliases = e.aliases, n.roles = CAST(e.roles AS STRING[]), n.aliasText = e.aliasText,
  n.degree = coalesce(n.degree, 0) + e.degreeDelta,
  n.articleCount = coalesce(n.articleCount, 0) + e.articleDelta,
  n.mentionCount = coalesce(n.mentionCount, 0) + e.mentionDelta
