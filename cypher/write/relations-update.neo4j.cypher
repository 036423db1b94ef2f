// name: relations-update
// params: rows
// template: from, type, to
// returns: nothing; replaces, for each row, the properties and evidence of the relation source -[type]-> target
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.source})-[r:{{type}}]->(b:{{to}} {id: row.target})
SET r.role = row.role, r.status = row.status, r.what = row.what, r.certainty = row.certainty, r.claim = row.claim,
  r.articles = row.articles, r.corroboration = row.corroboration, r.evidenceCount = row.evidenceCount,
  r.evArticle = row.evArticle, r.evSentence = row.evSentence, r.evStart = row.evStart, r.evEnd = row.evEnd,
  r.evSubjectStart = row.evSubjectStart, r.evSubjectEnd = row.evSubjectEnd,
  r.evObjectStart = row.evObjectStart, r.evObjectEnd = row.evObjectEnd,
  r.evCertainty = row.evCertainty, r.evSourceEntity = row.evSourceEntity, r.evSourceText = row.evSourceText, r.evRule = row.evRule
