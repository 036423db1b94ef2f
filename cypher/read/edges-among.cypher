// name: edges-among
// params: ids, among
// template: kind, types
// returns: edge: relations going out of the entities (of one kind) in ids to any entity in among
MATCH (a:{{kind}})-[r:{{types}}]->(n)
WHERE a.id IN $ids AND n.id IN $among
RETURN {id: r.id, role: r.role, status: r.status, what: r.what, certainty: r.certainty, articles: r.articles, corroboration: r.corroboration, evidenceCount: r.evidenceCount} AS edge
