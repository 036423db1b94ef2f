// name: curation-last-seq
// returns: seq, the last sequence number of the log, and entries, how many there are (another writer may have appended)
MATCH (c:CurationEntry)
RETURN max(c.seq) AS seq, count(c) AS entries
