// name: bulk-clear-entities
// template: kind
// returns: nothing; empties one entity table (undoing a failed bulk import into an empty store)
MATCH (n:{{kind}})
DETACH DELETE n
