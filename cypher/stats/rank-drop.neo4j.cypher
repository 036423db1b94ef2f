// name: rank-drop
// returns: nothing; drops the PageRank projection
CALL gds.graph.drop('newsgraph_rank', false) YIELD graphName
RETURN graphName
