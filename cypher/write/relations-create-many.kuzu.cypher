// name: relations-create-many
// params: rows
// template: from, type, to
// returns: nothing; creates, for each row, the relation source -[type]-> target with its evidence (as relations-create), in one statement
// For a table's many rows in a batch of articles. Kuzu 0.11 finds an UNWIND row's node by its key only through MERGE
// (a MATCH on the key joins the rows with a scan of the whole table, crossed): a statement costs ~35 ms on 100k/300k
// whatever its rows, where relations-create costs ~2 ms a row. The ends are stored: a transaction creates an
// article's entities before it writes the relations held for its end, and writes them before deleting any entity.
UNWIND $rows AS row
MERGE (a:{{from}} {id: row.source})
MERGE (b:{{to}} {id: row.target})
CREATE (a)-[:{{type}} {id: row.id, role: row.role, status: row.status, what: row.what, certainty: row.certainty, claim: row.claim,
  articles: row.articles, corroboration: row.corroboration, evidenceCount: row.evidenceCount,
  evidence: row.evidence}]->(b)
