// name: entities-delete-orphans
// params: ids
// template: kind
// returns: nothing; deletes the entities among ids that no article mentions any more
MATCH (n:{{kind}})
WHERE n.id IN $ids AND coalesce(n.articleCount, 0) <= 0
DETACH DELETE n
