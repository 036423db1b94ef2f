// name: bulk-copy-entities
// template: kind, file
// returns: nothing; appends entity rows (all entity columns) from a JSON file the importer wrote
COPY {{kind}} FROM '{{file}}'
