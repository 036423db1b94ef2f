// name: paths-of-length
// params: source, target, k
// template: from, to, types, minLength, maxLength
// returns: nodeIds, edgeIds, nodes, rels (the entities and the relations with their evidence lists, so a path needs no lookup by id) of up to k paths without repeated nodes, of length minLength..maxLength
MATCH (a:{{from}} {id: $source}), (b:{{to}} {id: $target})
MATCH p = (a)-[:{{types}}*{{minLength}}..{{maxLength}}]-(b)
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
RETURN [n IN nodes(p) | n.id] AS nodeIds, [x IN relationships(p) | x.id] AS edgeIds, nodes(p) AS nodes, relationships(p) AS rels
LIMIT $k
