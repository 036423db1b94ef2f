// name: paths-of-length
// params: source, target, k
// template: from, to, types, minLength, maxLength
// returns: nodeIds, edgeIds, nodes, rels (the entities and the relations with their evidence lists, so a path needs no lookup by id) of up to k paths without repeated nodes, of length minLength..maxLength
MATCH (a:{{from}} {id: $source}), (b:{{to}} {id: $target})
MATCH p = (a)-[r:{{types}}* ACYCLIC {{minLength}}..{{maxLength}}]-(b)
RETURN properties(nodes(p), 'id') AS nodeIds, properties(rels(p), 'id') AS edgeIds, nodes(p) AS nodes, rels(p) AS rels
LIMIT $k
