// name: bulk-save-sources
// params: rows
// returns: nothing; stores the extracted graphs and held-back relations of many articles after a bulk import, one row each (id, loadSeq, graph, heldIds, held; the load order is kept from the first save)
// An empty list travels as NULL, typed STRING inside UNWIND rows: heldIds is cast back to a list.
UNWIND $rows AS r
MERGE (s:ArticleSource {id: r.id})
ON CREATE SET s.loadSeq = r.loadSeq
SET s.graph = r.graph, s.heldIds = CAST(r.heldIds AS STRING[]), s.held = r.held
