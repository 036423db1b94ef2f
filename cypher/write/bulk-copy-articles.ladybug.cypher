// name: bulk-copy-articles
// params: rows
// columns: article
// returns: nothing; appends article rows, a slice of the importer's rows at a time
// LadybugDB reads JSON files only through an extension it downloads at run time: the rows come as a parameter
// instead. The columns are named (the schema's, filled in by the catalogue), so an older table's column order cannot
// misplace a value.
COPY Article({{columns}}) FROM (
  UNWIND $rows AS row
  RETURN {{rowColumns}}
)
