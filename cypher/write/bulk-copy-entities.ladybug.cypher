// name: bulk-copy-entities
// params: rows
// template: kind
// returns: nothing; appends entity rows (all entity columns), a slice of the importer's rows at a time
// LadybugDB reads JSON files only through an extension it downloads at run time: the rows come as a parameter
// instead. An empty list travels as NULL, typed STRING inside UNWIND rows: lists are cast back.
COPY {{kind}}(id, name, kind, aliases, roles, aliasText, degree, articleCount, mentionCount) FROM (
  UNWIND $rows AS row
  RETURN row.id, row.name, row.kind, CAST(row.aliases AS STRING[]), CAST(row.roles AS STRING[]), row.aliasText,
    row.degree, row.articleCount, row.mentionCount
)
