// name: rank-available
// returns: n, 1 when Graph Data Science's PageRank is installed
SHOW PROCEDURES YIELD name
WHERE name = 'gds.pageRank.stream'
RETURN count(*) AS n
