// name: curation-pending
// returns: id of every article waiting to be projected again (an edit or an interrupted one marked it)
MATCH (a:Article)
WHERE a.contentHash IS NULL
RETURN a.id AS id
