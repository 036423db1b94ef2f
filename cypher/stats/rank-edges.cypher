// name: rank-edges
// template: types
// returns: source, target of every typed relation (what the store's own PageRank walks)
MATCH (a:{{entity}})-[r:{{types}}]->(b:{{entity}})
RETURN a.id AS source, b.id AS target
