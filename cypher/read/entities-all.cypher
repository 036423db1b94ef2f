// name: entities-all
// returns: id, name, kind, aliases of every entity (what the ingest resolver merges new articles into)
MATCH (n:{{entity}})
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases
