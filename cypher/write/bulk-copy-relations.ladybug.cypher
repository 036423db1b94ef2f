// name: bulk-copy-relations
// params: rows
// template: type, from, to
// columns: relation
// returns: nothing; appends relations between two kinds (rows with from, to and the relation columns), a slice of the importer's rows at a time
// LadybugDB reads JSON files only through an extension it downloads at run time: the rows come as a parameter
// instead. The columns are named (the schema's, filled in by the catalogue), so an older table's column order cannot
// misplace a value; the two ends come first.
COPY {{type}}({{columns}}) FROM (
  UNWIND $rows AS row
  RETURN row.from, row.to, {{rowColumns}}
) (from='{{from}}', to='{{to}}')
