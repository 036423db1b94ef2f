// name: curation-source-get
// params: id
// returns: loadSeq, graph, held of an article's extracted source (no row when it has none)
MATCH (s:ArticleSource {id: $id})
RETURN s.loadSeq AS loadSeq, s.graph AS graph, s.held AS held
