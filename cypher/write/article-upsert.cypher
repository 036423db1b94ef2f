// name: article-upsert
// params: id, file, title, source, date, url, byline, sourceHash, text, contentHash, relationIds, entityIds, entityCount, relationCount, evidenceCount
// returns: nothing; creates or replaces the article's properties
MERGE (a:Article {id: $id})
SET a.file = $file, a.title = $title, a.source = $source, a.date = $date, a.url = $url,
  a.byline = $byline, a.sourceHash = $sourceHash, a.text = $text, a.contentHash = $contentHash, a.relationIds = $relationIds,
  a.entityIds = $entityIds, a.entityCount = $entityCount, a.relationCount = $relationCount, a.evidenceCount = $evidenceCount
