/**
 * What an analyst can change in the graph, as zod schemas: the source of the
 * request bodies (server/routes/curation.ts), of the stored log entries and
 * of the exported log file. The TypeScript types are inferred from them, so
 * an edit is defined once.
 *
 * An entry records the edit as asked (`edit`) and the facts the store found
 * when it was made (`facts`: names and kinds at the time, the evidence a
 * quote resolved to, the previous article metadata). Replaying the log needs
 * only the entries: it never depends on what the store holds later.
 */
import { z } from 'zod';
import { CERTAINTIES } from '../claims.js';
import { ENTITY_KINDS, RELATION_PROPERTIES, RELATION_TYPES, type RelationType } from '../ontology.js';
import { parseRelationId } from '../relation-id.js';

export const CURATION_LIMITS = {
  reason: 2000,
  note: 2000,
  name: 300,
  quote: 2000,
  /** Most entries one log page returns. */
  logPage: 500,
  /** Most evidence sentences a reject entry keeps as its snapshot. */
  snapshotEvidence: 50,
} as const;

const EntityRef = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^|\s]+$/, 'an entity id has no spaces and no "|"');
const ArticleRef = z.string().trim().min(1).max(200);
const Name = z.string().trim().min(1).max(CURATION_LIMITS.name);
const Kind = z.enum(ENTITY_KINDS);
const RelationTypeSchema = z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]);
const RelationRef = z
  .string()
  .min(1)
  .max(500)
  .refine((id) => parseRelationId(id) !== null, 'expected a relation id subject|TYPE|object');

/** A calendar date that exists (`2021-02-30` is refused). */
const IsoDate = z.iso.date();
const WebUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('an http(s) URL');

export const MergeEdit = z
  .object({
    action: z.literal('merge'),
    /** The entity that stays; the other's aliases, relations, evidence and mentions move to it. */
    survivor: EntityRef,
    /** The entity that goes; its id redirects to the survivor. */
    merged: EntityRef,
  })
  .strict();

export const SplitEdit = z
  .object({
    action: z.literal('split'),
    entity: EntityRef,
    /** The alias (a name as written) whose mentions leave the entity. */
    alias: Name,
    /** Where they go: an existing entity, or a new one with this name and kind. */
    into: z.union([z.object({ entity: EntityRef }).strict(), z.object({ name: Name, kind: Kind }).strict()]),
  })
  .strict();

export const RenameEdit = z.object({ action: z.literal('rename'), entity: EntityRef, name: Name }).strict();

export const KindEdit = z.object({ action: z.literal('kind'), entity: EntityRef, kind: Kind }).strict();

export const RejectEdit = z.object({ action: z.literal('reject'), relation: RelationRef }).strict();

export const ConfirmEdit = z.object({ action: z.literal('confirm'), relation: RelationRef }).strict();

export const AddRelationEdit = z
  .object({
    action: z.literal('add-relation'),
    subject: EntityRef,
    type: RelationTypeSchema,
    object: EntityRef,
    properties: z.partialRecord(z.enum(RELATION_PROPERTIES), z.string().trim().min(1).max(200)).optional(),
    note: z.string().trim().min(1).max(CURATION_LIMITS.note),
    /** A sentence of a stored article that states it: the quote must appear in the article's text. */
    evidence: z
      .object({ article: ArticleRef, quote: z.string().trim().min(3).max(CURATION_LIMITS.quote) })
      .strict()
      .optional(),
  })
  .strict();

/** Article metadata an analyst may correct; null clears a field. */
export const ArticleFieldsSchema = z
  .object({
    title: Name.nullable(),
    source: Name.nullable(),
    date: IsoDate.nullable(),
    url: WebUrl.nullable(),
  })
  .partial()
  .strict();
export type ArticleFields = z.infer<typeof ArticleFieldsSchema>;
export const ARTICLE_FIELDS = ['title', 'source', 'date', 'url'] as const satisfies ReadonlyArray<keyof ArticleFields>;

export const ArticleEdit = z
  .object({ action: z.literal('article'), article: ArticleRef, changes: ArticleFieldsSchema })
  .strict()
  .refine((e) => Object.keys(e.changes).length > 0, { message: 'change at least one field', path: ['changes'] });

/** Two entities an analyst says are different: their duplicate suggestion is not offered again. */
export const DistinctEdit = z
  .object({ action: z.literal('distinct'), entities: z.tuple([EntityRef, EntityRef]) })
  .strict();

export const UndoEdit = z.object({ action: z.literal('undo'), entry: z.uuid() }).strict();

/** Every edit an analyst can make (undo has its own route). */
export const EditSchema = z.discriminatedUnion('action', [
  MergeEdit,
  SplitEdit,
  RenameEdit,
  KindEdit,
  RejectEdit,
  ConfirmEdit,
  AddRelationEdit,
  ArticleEdit,
  DistinctEdit,
]);
export type Edit = z.infer<typeof EditSchema>;
export type EditAction = Edit['action'];
export type UndoEdit = z.infer<typeof UndoEdit>;
export type LoggedEdit = Edit | UndoEdit;
export type EditOf<A extends LoggedEdit['action']> = Extract<LoggedEdit, { action: A }>;

export const Reason = z.string().trim().min(1, 'say why').max(CURATION_LIMITS.reason);

const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).strict();

/** One supporting sentence, in the shape relations store it. */
export const EvidenceRecordSchema = z
  .object({
    article: ArticleRef,
    sentence: z.string().max(20_000),
    start: z.number().int(),
    end: z.number().int(),
    subject: SpanSchema.nullable(),
    object: SpanSchema.nullable(),
    // How the sentence states it and who says so (core/claims.ts); absent in entries logged before they existed.
    certainty: z.enum(CERTAINTIES).optional(),
    attribution: z
      .object({ entity: z.string().max(200).nullable(), text: z.string().max(CURATION_LIMITS.name) })
      .strict()
      .nullable()
      .optional(),
    rule: z.string().max(200).nullable().optional(),
  })
  .strict();
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

/** Who stated a relation added by hand: the rule id its evidence records. */
export const ANALYST_RULE = 'analyst';

/** What the store found when the edit was made; what replaying the log relies on. */
export const FactsSchema = z
  .object({
    /** Names of the entities involved, by id, at the time. */
    names: z.record(z.string(), z.string()).default({}),
    /** Kinds of the entities involved, by id, at the time. */
    kinds: z.record(z.string(), Kind).default({}),
    /** split: the entity the alias went to (new or existing), and whether the edit created it. */
    target: EntityRef.optional(),
    created: z.boolean().optional(),
    /** add-relation: the evidence its quote resolved to; reject: a snapshot of the evidence it hid. */
    evidence: z.array(EvidenceRecordSchema).optional(),
    /** article: the metadata before the change. */
    previous: ArticleFieldsSchema.optional(),
  })
  .strict();
export type Facts = z.infer<typeof FactsSchema>;

export const CurationEntrySchema = z
  .object({
    /** Stable across stores (export / import keep it). */
    id: z.uuid(),
    /** Order in this store's log, from 1. */
    seq: z.number().int().min(1),
    at: z.iso.datetime({ offset: true }),
    author: z.string().trim().min(1).max(100),
    reason: Reason,
    edit: z.discriminatedUnion('action', [...EditSchema.options, UndoEdit]),
    facts: FactsSchema,
  })
  .strict();
export type CurationEntry = z.infer<typeof CurationEntrySchema>;

export const CURATION_FILE_FORMAT = 'newsgraph-curation-log';

/** `npm run curation -- export FILE` writes this; `import` reads it. */
export const CurationFileSchema = z
  .object({
    format: z.literal(CURATION_FILE_FORMAT),
    version: z.literal(1),
    exportedAt: z.iso.datetime({ offset: true }),
    entries: z.array(CurationEntrySchema),
  })
  .strict();
export type CurationFile = z.infer<typeof CurationFileSchema>;
