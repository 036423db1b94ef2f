// name: rank-project
// template: kindNames, typeNames
// returns: nothing; projects entities and typed relations for PageRank
CALL project_graph('newsgraph_rank', [{{kindNames}}], [{{typeNames}}])
