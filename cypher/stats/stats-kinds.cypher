// name: stats-kinds
// returns: kind, n: entities per kind
MATCH (n:{{entity}})
RETURN n.kind AS kind, count(*) AS n
