// name: curation-source-save
// params: id, loadSeq, graph, heldIds, held
// returns: nothing; stores an article's extracted graph and its held-back relations (the load order is kept from the first save)
MERGE (s:ArticleSource {id: $id})
ON CREATE SET s.loadSeq = $loadSeq
SET s.graph = $graph, s.heldIds = $heldIds, s.held = $held
