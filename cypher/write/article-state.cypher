// name: article-state
// params: id
// returns: contentHash, relationIds, entityIds of a stored article (no row if new)
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash, a.relationIds AS relationIds, a.entityIds AS entityIds
