// name: mentions-create
// params: article, entity, count, spanStarts, spanEnds
// each: rows
// template: kind
// returns: nothing; for each row (article, entity, count, spanStarts, spanEnds) links the article to an entity of one kind it mentions
// Once per row: both ends are primary-key lookups (an UNWIND of both ends joins the whole tables in Kuzu 0.11).
MATCH (a:Article {id: $article}), (n:{{kind}} {id: $entity})
CREATE (a)-[:MENTIONS {count: $count, spanStarts: $spanStarts, spanEnds: $spanEnds}]->(n)
