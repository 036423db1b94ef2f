// name: entities-counters
// params: rows
// template: kind
// returns: nothing; for each row (id, degreeDelta, articleDelta, mentionDelta) adds the deltas to an entity's counters (when an article's contribution is retracted)
UNWIND $rows AS e
MATCH (n:{{kind}} {id: e.id})
SET n.degree = coalesce(n.degree, 0) + e.degreeDelta,
  n.articleCount = coalesce(n.articleCount, 0) + e.articleDelta,
  n.mentionCount = coalesce(n.mentionCount, 0) + e.mentionDelta
