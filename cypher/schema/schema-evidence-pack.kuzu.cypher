// name: schema-evidence-pack
// params: source, target, evidence
// each: rows
// template: from, type, to
// returns: nothing; sets, for each row, the packed evidence of the relation source -[type]-> target
// Once per row: each end is a primary-key lookup (an UNWIND of both ends joins the whole tables in Kuzu 0.11).
MATCH (a:{{from}} {id: $source})-[r:{{type}}]->(b:{{to}} {id: $target})
SET r.evidence = $evidence
