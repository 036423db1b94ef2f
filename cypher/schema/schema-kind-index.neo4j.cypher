// name: schema-kind-index
// template: kind
// returns: nothing; lookups by id under a kind label use this index
CREATE INDEX {{kind}}_id IF NOT EXISTS FOR (n:{{kind}}) ON (n.id)
