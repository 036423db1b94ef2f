// name: relations-ends
// template: type
// returns: source, target of every stored relation of one type (what the embedded store's writer keeps in process to know, without a query, which relations are stored)
MATCH (a)-[r:{{type}}]->(b)
RETURN a.id AS source, b.id AS target
