// name: mentions-create
// params: rows
// template: kind
// returns: nothing; for each row (article, entity, count, spanStarts, spanEnds) links the article to an entity of one kind it mentions
UNWIND $rows AS m
MATCH (a:Article {id: m.article}), (n:{{kind}} {id: m.entity})
CREATE (a)-[:MENTIONS {count: m.count, spanStarts: m.spanStarts, spanEnds: m.spanEnds}]->(n)
