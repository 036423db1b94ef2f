// name: paths-shortest
// params: source, target, k
// template: from, to, types, maxLength
// returns: nodeIds, edgeIds of up to k shortest paths (all of the same, minimal length)
MATCH (a:{{from}} {id: $source}), (b:{{to}} {id: $target})
MATCH p = allShortestPaths((a)-[:{{types}}*..{{maxLength}}]-(b))
RETURN [n IN nodes(p) | n.id] AS nodeIds, [x IN relationships(p) | x.id] AS edgeIds
LIMIT $k
