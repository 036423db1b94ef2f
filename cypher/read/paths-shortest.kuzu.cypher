// name: paths-shortest
// params: source, target, k
// template: from, to, types, maxLength
// returns: nodeIds, edgeIds, nodes, rels (the entities and the relations with their evidence lists, so a path needs no lookup by id) of up to k shortest paths (all of the same, minimal length)
MATCH (a:{{from}} {id: $source}), (b:{{to}} {id: $target})
MATCH p = (a)-[r:{{types}}* ALL SHORTEST 1..{{maxLength}}]-(b)
RETURN properties(nodes(p), 'id') AS nodeIds, properties(rels(p), 'id') AS edgeIds, nodes(p) AS nodes, rels(p) AS rels
LIMIT $k
