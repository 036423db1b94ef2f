// name: curation-log
// returns: id, seq, at, author, reason, edit, facts of every log entry, oldest first
MATCH (c:CurationEntry)
RETURN c.id AS id, c.seq AS seq, c.at AS at, c.author AS author, c.reason AS reason, c.edit AS edit, c.facts AS facts
ORDER BY seq
