// name: articles-list
// returns: article, newest first (ties in id order: two copies of a wire story share date and title)
MATCH (a:Article)
RETURN {id: a.id, file: a.file, title: a.title, source: a.source, date: a.date, url: a.url, byline: a.byline, sourceHash: a.sourceHash, entityCount: a.entityCount, relationCount: a.relationCount, evidenceCount: a.evidenceCount} AS article
ORDER BY article.date DESC, article.title, article.id
