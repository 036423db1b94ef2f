// name: search-fulltext
// params: terms, top
// template: kind
// returns: node, score of the best matches of one kind for the search terms (tokens, prefixes, one-edit variants)
CALL QUERY_FTS_INDEX('{{kind}}', '{{kind}}_names', $terms, conjunctive := false, TOP := $top)
WITH node AS n, score
RETURN {id: n.id, name: n.name, kind: n.kind, aliases: n.aliases, roles: n.roles, degree: n.degree, articleCount: n.articleCount} AS node, score
ORDER BY score DESC
