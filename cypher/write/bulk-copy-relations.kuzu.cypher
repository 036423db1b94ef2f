// name: bulk-copy-relations
// template: type, from, to, file
// returns: nothing; appends relations between two kinds (rows with from, to and the relation columns)
COPY {{type}} FROM '{{file}}' (from='{{from}}', to='{{to}}')
