// name: entities-all
// returns: id, name, kind, aliases, roles, degree of every entity (what the ingest resolver merges new articles into, and the embedded store's in-process directory)
MATCH (n:{{entity}})
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases, n.roles AS roles, n.degree AS degree
