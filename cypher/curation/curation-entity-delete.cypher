// name: curation-entity-delete
// params: id
// template: kind
// returns: nothing; deletes an entity with its relations and mentions, before its articles rebuild it
MATCH (n:{{kind}} {id: $id})
DETACH DELETE n
