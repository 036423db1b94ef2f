// name: article-get
// params: id
// returns: article, text of one article
MATCH (a:Article {id: $id})
RETURN {id: a.id, file: a.file, title: a.title, source: a.source, date: a.date, url: a.url, byline: a.byline, sourceHash: a.sourceHash, entityCount: a.entityCount, relationCount: a.relationCount, evidenceCount: a.evidenceCount} AS article, a.text AS text
