// name: schema-source-constraint
// returns: nothing; one extracted source per article id
CREATE CONSTRAINT article_source_id IF NOT EXISTS FOR (s:ArticleSource) REQUIRE s.id IS UNIQUE
