// name: curation-source-last
// returns: loadSeq, the last load order given to a source
MATCH (s:ArticleSource)
RETURN max(s.loadSeq) AS loadSeq
