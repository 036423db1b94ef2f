/**
 * Response schemas for the OpenAPI document of the graph reads (subgraphs,
 * relations, paths, disputes, the timeline). The TypeScript types of
 * core/domain.ts stay the source (the browser client shares them); each
 * schema here is checked against its type at compile time, both ways, so the
 * document cannot drift from what the server sends.
 */
import { CERTAINTIES, CLAIM_STATUSES, PERIODS } from '../../core/claims.js';
import type {
  DisputesResponse,
  GraphEdge,
  GraphNode,
  PathsResponse,
  RelationResponse,
  Subgraph,
  TimelineResponse,
} from '../../core/api.js';
import { ENTITY_KINDS, RELATION_PROPERTIES, RELATION_TYPES, type RelationType } from '../../core/ontology.js';
import { z } from '../../core/zod.js';

/** Compiles only when the schema's output and the type are assignable both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function sameAs<T>() {
  return <S extends z.ZodType>(schema: S & (Same<z.output<S>, T> extends true ? unknown : never)) => schema;
}

const date = z.string().openapi({ format: 'date', example: '2021-11-24' });
const Span = z.object({ start: z.number().int(), end: z.number().int() });
const Certainty = z.enum(CERTAINTIES).openapi('Certainty', {
  description: 'How one sentence states the relation.',
});
const ClaimStatus = z.enum(CLAIM_STATUSES).openapi('ClaimStatus', {
  description:
    'What the evidence says taken together: disputed (for and against), denied, asserted, alleged (only reported or alleged), planned.',
});
const Attribution = z
  .object({
    entity: z.string().nullable().openapi({ description: 'Id of the entity named as the source, if it is one.' }),
    text: z.string().openapi({ description: 'The source as the sentence writes it.' }),
  })
  .openapi('Attribution');

const EntitySummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ENTITY_KINDS),
  aliases: z.array(z.string()),
});

export const GraphNodeSchema = sameAs<GraphNode>()(
  EntitySummary.extend({
    roles: z.array(z.string()),
    degree: z.number().int(),
    articleCount: z.number().int(),
  }).openapi('GraphNode'),
);

export const GraphEdgeSchema = sameAs<GraphEdge>()(
  z
    .object({
      id: z.string().openapi({ example: 'sylvania|SEEKS|skyshield' }),
      source: z.string(),
      target: z.string(),
      type: z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]),
      properties: z.partialRecord(z.enum(RELATION_PROPERTIES), z.string()),
      corroboration: z.number().int(),
      evidenceCount: z.number().int(),
      articles: z.array(z.string()),
      claim: ClaimStatus,
      firstReported: date.nullable(),
      lastReported: date.nullable(),
      reports: z.array(
        z.object({ articleId: z.string(), date: date.nullable(), certainty: Certainty }).openapi('Report', {
          description: 'One supporting sentence: its article, that article’s date, its certainty.',
        }),
      ),
    })
    .openapi('GraphEdge'),
);

export const SubgraphSchema = sameAs<Subgraph>()(
  z
    .object({ nodes: z.array(GraphNodeSchema), edges: z.array(GraphEdgeSchema), omitted: z.number().int() })
    .openapi('Subgraph'),
);

const EvidenceSchema = z
  .object({
    relationId: z.string(),
    articleId: z.string(),
    articleTitle: z.string().nullable(),
    source: z.string().nullable().openapi({ description: 'The article’s outlet.' }),
    date: date.nullable().openapi({ description: 'The article’s date.' }),
    sentence: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    subject: Span.nullable(),
    object: Span.nullable(),
    certainty: Certainty,
    attribution: Attribution.nullable(),
    rule: z.string().nullable(),
  })
  .openapi('Evidence');

const PeriodCount = z.object({ period: z.string(), count: z.number().int() });

export const RelationResponseSchema = sameAs<RelationResponse>()(
  z
    .object({ edge: GraphEdgeSchema, evidence: z.array(EvidenceSchema), periods: z.array(PeriodCount) })
    .openapi('RelationResponse'),
);

export const PathsResponseSchema = sameAs<PathsResponse>()(
  z
    .object({
      paths: z.array(
        z.object({
          nodes: z.array(GraphNodeSchema),
          edges: z.array(GraphEdgeSchema),
          evidence: z.record(z.string(), z.array(EvidenceSchema)),
        }),
      ),
    })
    .openapi('PathsResponse'),
);

export const DisputesResponseSchema = sameAs<DisputesResponse>()(
  z
    .object({
      disputes: z.array(
        z
          .object({
            edge: GraphEdgeSchema,
            source: EntitySummary,
            target: EntitySummary,
            for: z.array(EvidenceSchema),
            against: z.array(EvidenceSchema),
            acrossArticles: z.boolean(),
          })
          .openapi('Dispute'),
      ),
      total: z.number().int().openapi({ description: 'Disputed relations in the range, on every page.' }),
      offset: z.number().int(),
      limit: z.number().int(),
    })
    .openapi('DisputesResponse'),
);

export const TimelineResponseSchema = sameAs<TimelineResponse>()(
  z
    .object({
      period: z.enum(PERIODS),
      first: date.nullable(),
      last: date.nullable(),
      periods: z.array(PeriodCount.extend({ articles: z.number().int() })),
      undated: z.object({ articles: z.number().int(), evidence: z.number().int() }),
    })
    .openapi('TimelineResponse'),
);
