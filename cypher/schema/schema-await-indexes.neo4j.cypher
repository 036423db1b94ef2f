// name: schema-await-indexes
// returns: nothing; waits until new indexes are online so the first search finds everything
CALL db.awaitIndexes(300)
