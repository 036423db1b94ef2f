// name: stats-articles
// returns: n: the number of articles
MATCH (a:Article)
RETURN count(*) AS n
