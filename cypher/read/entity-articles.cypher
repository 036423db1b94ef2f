// name: entity-articles
// params: id
// template: kind
// returns: article, mentions: the articles that mention the entity, most mentions first
MATCH (a:Article)-[m:MENTIONS]->(n:{{kind}} {id: $id})
RETURN {id: a.id, file: a.file, title: a.title, source: a.source, date: a.date, url: a.url, byline: a.byline, sourceHash: a.sourceHash, entityCount: a.entityCount, relationCount: a.relationCount, evidenceCount: a.evidenceCount} AS article, m.count AS mentions
ORDER BY mentions DESC, article.date DESC, article.id
