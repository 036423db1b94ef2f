// name: bulk-copy-mentions
// params: rows
// template: kind
// returns: nothing; appends article-to-entity MENTIONS rows (from, to, count, spanStarts, spanEnds), a slice of the importer's rows at a time
// LadybugDB reads JSON files only through an extension it downloads at run time: the rows come as a parameter
// instead. An empty list travels as NULL, typed STRING inside UNWIND rows: lists are cast back.
COPY MENTIONS(count, spanStarts, spanEnds) FROM (
  UNWIND $rows AS row
  RETURN row.from, row.to, row.count, CAST(row.spanStarts AS INT64[]), CAST(row.spanEnds AS INT64[])
) (from='Article', to='{{kind}}')
