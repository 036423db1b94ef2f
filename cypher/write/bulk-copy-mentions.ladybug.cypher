// name: bulk-copy-mentions
// params: rows
// template: kind
// columns: mentions
// returns: nothing; appends article-to-entity MENTIONS rows (from, to and the MENTIONS columns), a slice of the importer's rows at a time
// LadybugDB reads JSON files only through an extension it downloads at run time: the rows come as a parameter
// instead. The columns are named (the schema's, filled in by the catalogue), so an older table's column order cannot
// misplace a value; the two ends come first.
COPY MENTIONS({{columns}}) FROM (
  UNWIND $rows AS row
  RETURN row.from, row.to, {{rowColumns}}
) (from='Article', to='{{kind}}')
