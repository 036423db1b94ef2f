// name: curation-articles-mentioning
// params: ids
// template: kind
// returns: id, entity: the articles that mention an entity of this kind among ids, one row per article and entity
MATCH (a:Article)-[:MENTIONS]->(n:{{kind}})
WHERE n.id IN $ids
RETURN a.id AS id, n.id AS entity
