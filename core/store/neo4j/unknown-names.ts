/**
 * Neo4j keeps no fixed schema: a query that names a label, relationship type
 * or property the database has never seen runs, finds nothing (or nulls) and
 * carries a warning. Kuzu refuses the same query (its tables are the schema),
 * so an analyst's misspelt `:Contry` would read as "no data" on one store and
 * as an error on the other. Here a warning about a name outside our schema
 * becomes the same error Kuzu gives; a name of the schema that no data uses
 * yet is fine. (Keys of maps the query builds itself raise no warning.)
 */
import type { Notification } from 'neo4j-driver';
import { errors } from '../../errors.js';
import { ARTICLE_LABEL, ENTITY_KINDS, MENTIONS_TYPE, RELATION_TYPES } from '../../ontology.js';
import { ENTITY_LABEL_EXPRESSION } from '../catalogue.js';
import { schemaProperties } from '../schema.js';

const properties = schemaProperties('neo4j');

const KNOWN: Record<string, { what: string; names: ReadonlySet<string> }> = {
  'Neo.ClientNotification.Statement.UnknownLabelWarning': {
    what: 'label',
    names: new Set([...ENTITY_KINDS, ARTICLE_LABEL, ENTITY_LABEL_EXPRESSION.neo4j]),
  },
  'Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning': {
    what: 'relationship type',
    names: new Set([...RELATION_TYPES, MENTIONS_TYPE]),
  },
  'Neo.ClientNotification.Statement.UnknownPropertyKeyWarning': {
    what: 'property',
    names: new Set([...Object.values(properties.labels), ...Object.values(properties.relationships)].flat()),
  },
};

/** Throws a query_syntax error for the first notification about a label, relationship type or property outside the schema. */
export function refuseUnknownNames(notifications: readonly Notification[]): void {
  for (const n of notifications) {
    const known = KNOWN[n.code];
    if (!known) continue;
    // Neo4j names the missing token only in its prose: "(the missing label name is: Planet)",
    // "(the missing relationship type is: ORBITS)".
    const name = /\(the missing [a-z ]+ is: ([^)]+)\)/.exec(n.description)?.[1]?.trim();
    if (name !== undefined && known.names.has(name)) continue;
    throw errors.querySyntax(
      `Unknown ${known.what}${name ? ` ${name}` : ''}: it is not in the graph's schema (${n.description})`,
    );
  }
}
