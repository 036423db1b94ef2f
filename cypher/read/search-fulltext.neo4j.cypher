// name: search-fulltext
// params: lucene, kinds, top
// returns: node, score of the best matches of the given kinds for a Lucene query (fuzzy and prefix terms), one query over every kind
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $top})
YIELD node, score
WITH node AS n, score
WHERE n.kind IN $kinds
RETURN {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node, score
ORDER BY score DESC
