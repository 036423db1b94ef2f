// name: relations-delete
// params: rows
// template: from, type, to
// returns: nothing; deletes, for each row, the relation source -[type]-> target (its last evidence was retracted)
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.source})-[r:{{type}}]->(b:{{to}} {id: row.target})
DELETE r
