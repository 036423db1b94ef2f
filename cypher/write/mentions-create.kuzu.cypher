// name: mentions-create
// params: article, rows
// template: kind
// returns: nothing; links the article to the entities of one kind it mentions, one row each (entity, count, spanStarts, spanEnds)
// One statement per kind: Kuzu 0.11 cannot look an UNWIND row's node up by its key, so a statement per row was
// ~0.6 ms a row; here the article is one key lookup and the rows meet the kind's table in one hash join (one scan
// of its ids). `npm run bench -- --only store` prints both shapes on the big graph.
MATCH (a:Article {id: $article})
UNWIND $rows AS m
MATCH (n:{{kind}})
WHERE n.id = m.entity
CREATE (a)-[:MENTIONS {count: m.count, spanStarts: m.spanStarts, spanEnds: m.spanEnds}]->(n)
