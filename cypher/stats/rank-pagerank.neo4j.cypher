// name: rank-pagerank
// params: limit
// returns: id, score of the most central entities, best first
CALL gds.pageRank.stream('newsgraph_rank')
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
ORDER BY score DESC
LIMIT $limit
