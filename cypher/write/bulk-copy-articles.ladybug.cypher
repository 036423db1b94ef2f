// name: bulk-copy-articles
// params: rows
// returns: nothing; appends article rows, a slice of the importer's rows at a time
// LadybugDB reads JSON files only through an extension it downloads at run time: the rows come as a parameter
// instead. An empty list travels as NULL, typed STRING inside UNWIND rows: lists are cast back.
COPY Article(id, file, title, source, date, url, byline, text, sourceHash, contentHash, relationIds, entityIds,
  entityCount, relationCount, evidenceCount) FROM (
  UNWIND $rows AS row
  RETURN row.id, row.file, row.title, row.source, row.date, row.url, row.byline, row.text, row.sourceHash,
    row.contentHash, CAST(row.relationIds AS STRING[]), CAST(row.entityIds AS STRING[]), row.entityCount,
    row.relationCount, row.evidenceCount
)
