// name: curation-append
// params: id, seq, at, author, action, reason, edit, facts
// returns: nothing; appends one entry to the curation log (entries are never updated or deleted)
CREATE (:CurationEntry {id: $id, seq: $seq, at: $at, author: $author, action: $action, reason: $reason, edit: $edit, facts: $facts})
