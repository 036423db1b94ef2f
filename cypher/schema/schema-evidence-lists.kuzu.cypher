// name: schema-evidence-lists
// template: from, type, to
// returns: source, target and the evidence lists of every relation source -[type]-> target, in a database made before the evidence was packed
// Read once, when such a database is opened (kuzu/packed-evidence.ts); the lists are dropped after.
MATCH (a:{{from}})-[r:{{type}}]->(b:{{to}})
RETURN a.id AS source, b.id AS target,
  r.evArticle AS evArticle, r.evSentence AS evSentence, r.evStart AS evStart, r.evEnd AS evEnd,
  r.evSubjectStart AS evSubjectStart, r.evSubjectEnd AS evSubjectEnd,
  r.evObjectStart AS evObjectStart, r.evObjectEnd AS evObjectEnd,
  r.evCertainty AS evCertainty, r.evSourceEntity AS evSourceEntity, r.evSourceText AS evSourceText, r.evRule AS evRule
