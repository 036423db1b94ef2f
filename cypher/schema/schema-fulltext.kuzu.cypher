// name: schema-fulltext
// template: kind
// returns: nothing; creates the full-text index over one kind's search terms (run once per kind)
CALL CREATE_FTS_INDEX('{{kind}}', '{{kind}}_names', ['searchTerms'], stemmer := 'none')
