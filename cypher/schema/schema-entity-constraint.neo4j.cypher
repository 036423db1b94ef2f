// name: schema-entity-constraint
// returns: nothing; entity ids are unique across every kind
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
