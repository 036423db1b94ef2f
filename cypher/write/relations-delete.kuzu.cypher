// name: relations-delete
// params: source, target
// each: rows
// template: from, type, to
// returns: nothing; deletes, for each row, the relation source -[type]-> target (its last evidence was retracted)
// Once per row: each end is a primary-key lookup (an UNWIND of both ends joins the whole tables in Kuzu 0.11).
MATCH (a:{{from}} {id: $source})-[r:{{type}}]->(b:{{to}} {id: $target})
DELETE r
