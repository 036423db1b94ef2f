// name: relations-create
// params: rows
// template: from, type, to
// returns: nothing; creates, for each row, the relation source -[type]-> target with its evidence
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.source}), (b:{{to}} {id: row.target})
CREATE (a)-[:{{type}} {id: row.id, role: row.role, status: row.status, what: row.what, certainty: row.certainty, claim: row.claim,
  articles: row.articles, corroboration: row.corroboration, evidenceCount: row.evidenceCount,
  evArticle: row.evArticle, evSentence: row.evSentence, evStart: row.evStart, evEnd: row.evEnd,
  evSubjectStart: row.evSubjectStart, evSubjectEnd: row.evSubjectEnd,
  evObjectStart: row.evObjectStart, evObjectEnd: row.evObjectEnd,
  evCertainty: row.evCertainty, evSourceEntity: row.evSourceEntity, evSourceText: row.evSourceText, evRule: row.evRule}]->(b)
