// name: rank-pagerank
// params: limit
// returns: id, score of the most central entities, best first
CALL page_rank('newsgraph_rank')
RETURN node.id AS id, rank AS score
ORDER BY score DESC
LIMIT $limit
