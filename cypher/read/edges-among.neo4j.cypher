// name: edges-among
// params: ids, among
// template: kind, types
// returns: edge, far, dates: relations going out of the entities (of one kind) in ids to any entity in among, each with the id of the entity it reaches and the date of each of its articles
MATCH (a:{{kind}})-[r:{{types}}]->(n)
WHERE a.id IN $ids AND n.id IN $among
RETURN {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evArticle: r.evArticle, evCertainty: r.evCertainty} AS edge,
  n.id AS far,
  COLLECT { MATCH (art:Article) WHERE art.id IN r.evArticle RETURN {id: art.id, date: art.date} } AS dates
