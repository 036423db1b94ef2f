// name: relations-by-claim
// params: claim
// template: types
// returns: edge and its evidence lists, for every relation whose stored status is the claim (e.g. disputed)
MATCH (a)-[r:{{types}}]->(b)
WHERE r.claim = $claim
RETURN {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, claim: r.claim, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount, evArticle: r.evArticle, evCertainty: r.evCertainty} AS edge,
  r.evArticle AS evArticle, r.evSentence AS evSentence, r.evStart AS evStart, r.evEnd AS evEnd,
  r.evSubjectStart AS evSubjectStart, r.evSubjectEnd AS evSubjectEnd,
  r.evObjectStart AS evObjectStart, r.evObjectEnd AS evObjectEnd,
  r.evCertainty AS evCertainty, r.evSourceEntity AS evSourceEntity, r.evSourceText AS evSourceText, r.evRule AS evRule
