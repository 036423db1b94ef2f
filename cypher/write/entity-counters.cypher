// name: entity-counters
// params: id, degreeDelta, articleDelta, mentionDelta
// template: kind
// returns: nothing; adds deltas to an entity's counters (when an article's contribution is retracted)
MATCH (n:{{kind}} {id: $id})
SET n.degree = coalesce(n.degree, 0) + $degreeDelta,
  n.articleCount = coalesce(n.articleCount, 0) + $articleDelta,
  n.mentionCount = coalesce(n.mentionCount, 0) + $mentionDelta
