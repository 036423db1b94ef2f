// name: entities-delete-orphans
// params: ids
// template: kind
// returns: id of each entity among ids that no article mentions any more, deleted
MATCH (n:{{kind}})
WHERE n.id IN $ids AND coalesce(n.articleCount, 0) <= 0
WITH n, n.id AS id
DETACH DELETE n
RETURN id
