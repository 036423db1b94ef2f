// name: schema-article-constraint
// returns: nothing; article ids are unique
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE
