// name: search-fulltext
// params: lucene, top
// template: kind
// returns: node, score of the best matches of one kind for a Lucene query (fuzzy and prefix terms)
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $top})
YIELD node, score
WITH node AS n, score
WHERE n:{{kind}}
RETURN {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node, score
ORDER BY score DESC
