// jest setup file of the neo4j tier (jest.config.js): the files it runs open their stores on Neo4j.
process.env.NEWSGRAPH_TEST_STORE = 'neo4j';
