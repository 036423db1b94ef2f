// name: curation-edges
// template: kind, types
// returns: source, target of every relation of these types going out of an entity of this kind
MATCH (a:{{kind}})-[r:{{types}}]->(b)
RETURN a.id AS source, b.id AS target
