// name: entity-locate
// params: ids
// returns: id, kind of each stored entity among the ids
MATCH (n:{{entity}})
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind
