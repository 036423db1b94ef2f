// name: articles-by-ids
// params: ids
// returns: article, for each stored article among the ids
MATCH (a:Article)
WHERE a.id IN $ids
RETURN {id: a.id, file: a.file, title: a.title, source: a.source, date: a.date, url: a.url, byline: a.byline, sourceHash: a.sourceHash, entityCount: a.entityCount, relationCount: a.relationCount, evidenceCount: a.evidenceCount} AS article
