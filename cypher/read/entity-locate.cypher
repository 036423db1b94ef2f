// name: entity-locate
// params: ids
// returns: id, kind of each stored entity among the ids
// One lookup per id (UNWIND): in Kuzu 0.11, `WHERE n.id IN $ids` over every entity table returns
// wrong rows (one id twice, another missing) once the tables were bulk-loaded.
UNWIND $ids AS wanted
MATCH (n:{{entity}} {id: wanted})
RETURN n.id AS id, n.kind AS kind
