// The console's entry rule over Neo4j's own Cypher grammar (shipped by
// @neo4j-cypher/language-support): statements with their EXPLAIN / PROFILE /
// CYPHER prefixes, separated by semicolons.
parser grammar Neo4jConsole;

import CypherPreParser;

options { tokenVocab = CypherPreLexer; }

consoleStatements: preparsedStatement (SEMICOLON preparsedStatement)* SEMICOLON? EOF;
