// name: bulk-copy-articles
// template: file
// returns: nothing; appends article rows from a JSON file the importer wrote
COPY Article FROM '{{file}}'
