// name: schema-curation-constraint
// returns: nothing; curation log entries have unique ids (their order, seq, is checked by the curator)
CREATE CONSTRAINT curation_entry_id IF NOT EXISTS FOR (c:CurationEntry) REQUIRE c.id IS UNIQUE
