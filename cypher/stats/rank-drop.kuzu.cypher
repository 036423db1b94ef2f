// name: rank-drop
// returns: nothing; drops the PageRank projection
CALL drop_projected_graph('newsgraph_rank')
