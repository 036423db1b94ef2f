// name: relation-delete
// params: source, target
// template: from, type, to
// returns: nothing; deletes the relation source -[type]-> target (its last evidence was retracted)
MATCH (a:{{from}} {id: $source})-[r:{{type}}]->(b:{{to}} {id: $target})
DELETE r
