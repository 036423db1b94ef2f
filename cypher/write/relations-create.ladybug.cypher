// name: relations-create
// params: rows
// template: from, type, to
// returns: nothing; creates, for each row, the relation source -[type]-> target with its evidence
// One statement for all rows: LadybugDB finds each end of an UNWIND row by its primary key when each end has a MATCH
// of its own (one MATCH naming both ends is planned as a cross product of the whole tables, as in Kuzu 0.11).
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.source})
MATCH (b:{{to}} {id: row.target})
CREATE (a)-[:{{type}} {id: row.id, role: row.role, status: row.status, what: row.what, certainty: row.certainty, claim: row.claim,
  articles: row.articles, corroboration: row.corroboration, evidenceCount: row.evidenceCount,
  evidence: row.evidence}]->(b)
