// name: mentions-delete
// params: id
// returns: nothing; removes the article's MENTIONS links (before they are written again)
MATCH (a:Article {id: $id})-[m:MENTIONS]->(n:{{entity}})
DELETE m
