// name: paths-shortest
// params: source, target, k
// template: from, to, types, maxLength
// returns: nodeIds, edgeIds, nodes, rels (the entities and the relations with their evidence lists, so a path needs no lookup by id) of up to k shortest paths (all of the same, minimal length)
MATCH (a:{{from}} {id: $source}), (b:{{to}} {id: $target})
MATCH p = allShortestPaths((a)-[:{{types}}*..{{maxLength}}]-(b))
RETURN [n IN nodes(p) | n.id] AS nodeIds, [x IN relationships(p) | x.id] AS edgeIds, nodes(p) AS nodes, relationships(p) AS rels
LIMIT $k
