// name: bulk-copy-relations
// params: rows
// template: type, from, to
// returns: nothing; appends relations between two kinds (rows with from, to and the relation columns), a slice of the importer's rows at a time
// LadybugDB reads JSON files only through an extension it downloads at run time: the rows come as a parameter
// instead. An empty list travels as NULL, typed STRING inside UNWIND rows: lists are cast back.
COPY {{type}}(id, role, status, what, certainty, claim, articles, corroboration, evidenceCount, evidence) FROM (
  UNWIND $rows AS row
  RETURN row.from, row.to, row.id, row.role, row.status, row.what, row.certainty, row.claim,
    CAST(row.articles AS STRING[]), row.corroboration, row.evidenceCount, row.evidence
) (from='{{from}}', to='{{to}}')
