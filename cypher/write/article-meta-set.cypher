// name: article-meta-set
// params: id, date, source
// returns: id (no row when the article is unknown); date is YYYY-MM-DD or null, source a name or null
MATCH (a:Article {id: $id})
SET a.date = $date, a.source = $source
RETURN a.id AS id
