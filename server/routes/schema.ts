/** What the legend, the filters and the console's completion need to know about the graph. */
import type { RelationSpecSummary, SchemaResponse } from '../../core/api.js';
import { ENTITY_KINDS, LIMITS, RELATIONS, RELATION_TYPES, type RelationType } from '../../core/ontology.js';
import { consoleExamples } from '../console/examples.js';
import type { AppContext } from '../context.js';
import type { ApiRoutes } from '../http/api-routes.js';

function relationSummaries(): Record<RelationType, RelationSpecSummary> {
  const out = {} as Record<RelationType, RelationSpecSummary>;
  for (const type of RELATION_TYPES) {
    const spec = RELATIONS[type];
    out[type] = { label: spec.label, from: [...spec.from], to: [...spec.to], symmetric: spec.symmetric };
  }
  return out;
}

export function registerSchemaRoutes(routes: ApiRoutes, { store, config }: AppContext): void {
  // Nothing in it changes while the server runs.
  const info = store.schemaInfo();
  const schema: SchemaResponse = {
    dialect: info.dialect,
    kinds: [...ENTITY_KINDS],
    relations: relationSummaries(),
    labels: info.labels,
    relationships: info.relationships,
    limits: {
      ...LIMITS,
      // What this server enforces, which the configuration may set below the ontology's defaults.
      consoleTimeoutMs: config.console.timeoutMs,
      consoleRowCap: config.console.rowCap,
      rateLimitPerMinute: config.rateLimitPerMinute,
    },
    examples: consoleExamples(info.dialect),
  };
  routes.json(
    {
      method: 'get',
      path: '/schema',
      tag: 'meta',
      summary: 'Kinds, relation types, stored properties, limits and example console queries',
      response: { type: 'SchemaResponse' },
    },
    (): SchemaResponse => schema,
  );
}
