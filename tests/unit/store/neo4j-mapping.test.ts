/**
 * What the store makes of neo4j-driver's own values: built with the driver's
 * types, normalised as the Neo4j adapter does, mapped as the store does.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from '@jest/globals';
import { errors } from '../../../core/errors.js';
import { toNeo4jParams, translateNeo4jError } from '../../../core/store/neo4j/runner.js';
import { convertNeo4jValue, normaliseNeo4jRecords } from '../../../core/store/neo4j/values.js';
import { toGraphEdge, toGraphNode } from '../../../core/store/records.js';
import { StoreNode, StorePath, StoreRelationship } from '../../../core/store/values.js';

const { Node, Relationship, Path, PathSegment, Record } = neo4j.types;

const gantz = new Node(
  neo4j.int(1),
  ['Entity', 'Person'],
  {
    id: 'benny-gantz',
    name: 'Benny Gantz',
    kind: 'Person',
    aliases: ['Gantz'],
    roles: ['Defense Minister'],
    degree: neo4j.int(4),
    articleCount: neo4j.int(5),
  },
  'el-1',
);
const israel = new Node(
  neo4j.int(2),
  ['Entity', 'Country'],
  {
    id: 'israel',
    name: 'Israel',
    kind: 'Country',
    aliases: [],
    roles: [],
    degree: neo4j.int(9),
    articleCount: neo4j.int(5),
  },
  'el-2',
);
const holds = new Relationship(
  neo4j.int(7),
  neo4j.int(1),
  neo4j.int(2),
  'HOLDS_ROLE',
  {
    id: 'benny-gantz|HOLDS_ROLE|israel',
    role: 'Defense Minister',
    articles: ['a1', 'a2'],
    corroboration: neo4j.int(2),
    evidenceCount: neo4j.int(3),
    claim: 'alleged',
    evArticle: ['a1', 'a2', 'a2'],
    evCertainty: ['reported', 'alleged', 'alleged'],
  },
  'el-7',
  'el-1',
  'el-2',
);

describe('neo4j-driver values through the store', () => {
  it('turns Integers into numbers, and huge ones into exact strings', () => {
    expect(convertNeo4jValue(neo4j.int(42))).toBe(42);
    expect(convertNeo4jValue(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(convertNeo4jValue([neo4j.int(1), neo4j.int(-2)])).toEqual([1, -2]);
  });

  it('maps a Node to a GraphNode under its kind label, not Entity', () => {
    const value = convertNeo4jValue(gantz);
    expect(value).toBeInstanceOf(StoreNode);
    expect((value as StoreNode).label).toBe('Person');
    expect(toGraphNode(value)).toEqual({
      id: 'benny-gantz',
      name: 'Benny Gantz',
      kind: 'Person',
      aliases: ['Gantz'],
      roles: ['Defense Minister'],
      degree: 4,
      articleCount: 5,
    });
  });

  it('maps a Relationship to a GraphEdge with our ids at both ends', () => {
    const [row] = normaliseNeo4jRecords([new Record(['a', 'r', 'b'], [gantz, holds, israel])]);
    const rel = row!.r as StoreRelationship;
    expect(rel).toBeInstanceOf(StoreRelationship);
    expect(rel.startId).toBe('benny-gantz');
    expect(rel.endId).toBe('israel');
    expect(toGraphEdge(rel)).toEqual({
      id: 'benny-gantz|HOLDS_ROLE|israel',
      source: 'benny-gantz',
      target: 'israel',
      type: 'HOLDS_ROLE',
      properties: { role: 'Defense Minister' },
      corroboration: 2,
      evidenceCount: 3,
      articles: ['a1', 'a2'],
      claim: 'alleged',
      firstReported: null,
      lastReported: null,
      reports: [
        { articleId: 'a1', date: null, certainty: 'reported' },
        { articleId: 'a2', date: null, certainty: 'alleged' },
        { articleId: 'a2', date: null, certainty: 'alleged' },
      ],
    });
  });

  it('maps a Path to its nodes and relationships in walk order', () => {
    const path = new Path(gantz, israel, [new PathSegment(gantz, holds, israel)]);
    const [row] = normaliseNeo4jRecords([new Record(['p'], [path])]);
    const p = row!.p as StorePath;
    expect(p).toBeInstanceOf(StorePath);
    expect(p.nodes.map((n) => n.properties.id)).toEqual(['benny-gantz', 'israel']);
    expect(p.relationships.map((r) => [r.startId, r.type, r.endId])).toEqual([['benny-gantz', 'HOLDS_ROLE', 'israel']]);
  });

  it('keeps no driver type in what it returns', () => {
    const [row] = normaliseNeo4jRecords([
      new Record(['n', 'count', 'date'], [gantz, neo4j.int(3), new neo4j.types.Date(2021, 11, 24)]),
    ]);
    expect(row!.count).toBe(3);
    expect(row!.date).toBe('2021-11-24');
    const json = JSON.stringify(row);
    expect(json).not.toContain('"low"');
    expect(json).not.toContain('elementId');
  });

  it('sends integral numbers as Integers so LIMIT and counters stay integers', () => {
    const params = toNeo4jParams({ limit: 20, score: 0.5, ids: ['a'], nested: { n: 3 } }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.score).toBe(0.5);
    expect(neo4j.isInt((params.nested as { n: unknown }).n)).toBe(true);
  });

  it('translates Neo4j errors into ours, keeping the position of a syntax error', () => {
    const neo4jError = (message: string, code: string) => new neo4j.Neo4jError(message, code, '42000', message);
    const syntax = neo4jError(
      "Invalid input 'RETURN': expected an expression (line 1, column 14 (offset: 13))",
      'Neo.ClientError.Statement.SyntaxError',
    );
    const translated = translateNeo4jError(syntax);
    expect(translated).toMatchObject({
      id: 'query_syntax',
      details: { position: { line: 1, column: 14, offset: 13 } },
    });
    const timeout = translateNeo4jError(
      neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
      500,
    );
    expect(timeout).toMatchObject({ id: 'query_timeout' });
    const write = translateNeo4jError(
      neo4jError('Writing in read access mode not allowed', 'Neo.ClientError.Statement.AccessMode'),
    );
    expect(write).toMatchObject({ id: 'query_refused' });
    const ours = errors.notFound('entity', 'x');
    expect(translateNeo4jError(ours)).toBe(ours);
  });

  it('files values a query cannot compute as query_failed, as Kuzu does', () => {
    const neo4jError = (message: string, code: string) => new neo4j.Neo4jError(message, code, '42000', message);
    expect(translateNeo4jError(neo4jError('/ by zero', 'Neo.ClientError.Statement.ArithmeticError'))).toMatchObject({
      id: 'query_failed',
      message: '/ by zero',
    });
    // A value Neo4j cannot parse comes as a "syntax error" with no position in the query.
    const date = neo4jError('Text cannot be parsed to a Date\n"Sylvania"\n ^', 'Neo.ClientError.Statement.SyntaxError');
    expect(translateNeo4jError(date)).toMatchObject({ id: 'query_failed', message: 'Text cannot be parsed to a Date' });
  });
});
