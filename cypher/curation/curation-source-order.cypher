// name: curation-source-order
// params: ids
// returns: id, loadSeq of the sources among ids
MATCH (s:ArticleSource)
WHERE s.id IN $ids
RETURN s.id AS id, s.loadSeq AS loadSeq
