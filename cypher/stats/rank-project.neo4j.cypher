// name: rank-project
// returns: nothing; projects entities and their typed relations into GDS
MATCH (s:Entity)-[r]->(t:Entity)
WHERE NOT r:MENTIONED_WITH
WITH gds.graph.project('newsgraph_rank', s, t) AS g
RETURN g.graphName AS graph
