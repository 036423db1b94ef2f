// name: mention-create
// params: article, entity, count, spanStarts, spanEnds
// template: kind
// returns: nothing; links the article to an entity it mentions, with the mention offsets
MATCH (a:Article {id: $article}), (n:{{kind}} {id: $entity})
CREATE (a)-[:MENTIONS {count: $count, spanStarts: $spanStarts, spanEnds: $spanEnds}]->(n)
