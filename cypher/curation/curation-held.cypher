// name: curation-held
// params: id
// returns: article, held: the articles that state the rejected relation id, with what they hold back (JSON)
MATCH (s:ArticleSource)
WHERE $id IN s.heldIds
RETURN s.id AS article, s.held AS held
