// name: stats-types
// template: types
// returns: type, n, evidence: relations and supporting sentences per relation type
MATCH ()-[r:{{types}}]->()
RETURN label(r) AS type, count(*) AS n, sum(r.evidenceCount) AS evidence
