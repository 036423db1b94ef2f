// name: mentions-create
// params: article, rows
// template: kind
// returns: nothing; links the article to the entities of one kind it mentions, one row each (entity, count, spanStarts, spanEnds)
MATCH (a:Article {id: $article})
UNWIND $rows AS m
MATCH (n:{{kind}} {id: m.entity})
CREATE (a)-[:MENTIONS {count: m.count, spanStarts: m.spanStarts, spanEnds: m.spanEnds}]->(n)
