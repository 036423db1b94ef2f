// name: schema-fulltext
// returns: nothing; one full-text index over every entity's name and aliases
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
