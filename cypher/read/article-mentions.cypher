// name: article-mentions
// params: id
// returns: id, name, kind, spanStarts, spanEnds of every entity the article mentions
MATCH (a:Article {id: $id})-[m:MENTIONS]->(n:{{entity}})
RETURN n.id AS id, n.name AS name, n.kind AS kind, m.spanStarts AS spanStarts, m.spanEnds AS spanEnds
