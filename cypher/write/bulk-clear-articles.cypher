// name: bulk-clear-articles
// returns: nothing; deletes every article (undoing a failed bulk import into an empty store)
MATCH (a:Article)
DETACH DELETE a
