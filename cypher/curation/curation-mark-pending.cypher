// name: curation-mark-pending
// params: ids
// returns: nothing; marks articles to be projected again (a missing content hash makes the next load rewrite them)
MATCH (a:Article)
WHERE a.id IN $ids
SET a.contentHash = NULL
