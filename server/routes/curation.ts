/**
 * Curation: analysts' corrections of the graph. Reading the log, the marks
 * of edited items and a relation's verdict is open like every read; an edit,
 * an undo or an import needs an editor's token, whose name becomes the
 * entry's author, and is rate-limited. The edits themselves are checked and
 * applied by the store (core/store/curation).
 */
import type {
  CuratedRelationResponse,
  CurationAccessResponse,
  CurationImportResponse,
  CurationLogResponse,
  CurationMarksResponse,
  CurationOutcomeResponse,
  DuplicatesResponse,
} from '../../core/api.js';
import {
  CURATION_FILE_FORMAT,
  CURATION_LIMITS,
  CurationFileSchema,
  EditSchema,
  Reason,
  type CurationFile,
} from '../../core/curation/edits.js';
import { errors } from '../../core/errors.js';
import type { AppContext } from '../context.js';
import { hasEditors, principalOf, requireEditor } from '../http/access.js';
import type { ApiRoutes } from '../http/api-routes.js';
import { BEARER_SCHEME } from '../http/openapi.js';
import { perMinuteLimit } from '../http/rate-limit.js';
import { queryInt } from '../http/schemas.js';
import { z } from '../../core/zod.js';
import { RelationParams } from './relations.js';

export const EditBody = z
  .object({
    edit: EditSchema,
    reason: Reason,
  })
  .strict()
  .openapi('EditRequest');

export const UndoBody = z
  .object({
    entry: z.uuid().openapi({ description: 'The id of the log entry to reverse (an undo: its target applies again).' }),
    reason: Reason,
  })
  .strict()
  .openapi('UndoRequest');

export const DuplicatesQuery = z.object({
  limit: queryInt(1, CURATION_LIMITS.logPage, 'Suggestions to return (strongest first).').default(50),
});

export const LogQuery = z.object({
  offset: queryInt(0, 1_000_000, 'Entries to skip (newest first).').default(0),
  limit: queryInt(1, CURATION_LIMITS.logPage, 'Entries to return.').default(100),
});

/** The author of what the request changes: the editor its token names. */
function author(res: Parameters<typeof principalOf>[0]): string {
  const who = principalOf(res);
  if (!who) throw errors.unauthorized('An edit needs an editor’s token.');
  return who.name;
}

export function registerCurationRoutes(routes: ApiRoutes, { store, config }: AppContext): void {
  const editor = [perMinuteLimit(config.rateLimitPerMinute), requireEditor(config.access, 'Editing')];
  const security = [{ [BEARER_SCHEME]: [] }];

  routes.json(
    {
      method: 'get',
      path: '/curation/access',
      tag: 'curation',
      summary: 'Who the token names, and whether this server takes edits',
      response: { type: 'CurationAccessResponse' },
    },
    ({ res }): CurationAccessResponse => {
      const who = principalOf(res);
      return { name: who?.name ?? null, role: who?.role ?? null, editsEnabled: hasEditors(config.access) };
    },
  );

  routes.json(
    {
      method: 'get',
      path: '/curation/log',
      tag: 'curation',
      summary: 'The curation log, newest first: who, when, what, why, and whether each entry is in force',
      query: LogQuery,
      response: { type: 'CurationLogResponse' },
      cached: true,
    },
    ({ query }): Promise<CurationLogResponse> => store.curation.log(query),
  );

  routes.json(
    {
      method: 'get',
      path: '/curation/marks',
      tag: 'curation',
      summary: 'The entities, relations and articles an edit in force changed (the explorer marks them)',
      response: { type: 'CurationMarksResponse' },
      cached: true,
    },
    (): Promise<CurationMarksResponse> => store.curation.marks(),
  );

  routes.json(
    {
      method: 'get',
      path: '/curation/relations/:id',
      tag: 'curation',
      summary:
        'A relation as the log sees it: its verdict, the notes of hand-made ones, the evidence a rejection holds back',
      params: RelationParams,
      response: { type: 'CuratedRelationResponse' },
      cached: true,
    },
    ({ params }): Promise<CuratedRelationResponse> => store.curation.relation(params.id),
  );

  routes.json(
    {
      method: 'get',
      path: '/curation/duplicates',
      tag: 'curation',
      summary: 'Likely duplicate entities for review, each with the evidence for merging it',
      description:
        'Similar names, shared aliases, acronyms and near spellings, weighed by kind and shared neighbours; pairs an analyst declared distinct are left out. Accepting one is a merge.',
      query: DuplicatesQuery,
      response: { type: 'DuplicatesResponse' },
      cached: true,
    },
    ({ query }): Promise<DuplicatesResponse> => store.curation.duplicates(query),
  );

  routes.custom(
    {
      method: 'get',
      path: '/curation/export',
      tag: 'curation',
      summary: 'The whole log as a JSON file, for `npm run curation -- import` into another store',
      response: { type: 'CurationFile', mediaTypes: ['application/json'] },
    },
    async ({ res }) => {
      const file: CurationFile = {
        format: CURATION_FILE_FORMAT,
        version: 1,
        exportedAt: new Date().toISOString(),
        entries: await store.curation.entries(),
      };
      res.attachment('newsgraph-curation.json').json(file);
    },
  );

  routes.json(
    {
      method: 'post',
      path: '/curation/edits',
      tag: 'curation',
      summary: 'Make an edit: merge, split, rename, kind, reject, confirm, add a relation, correct an article',
      description:
        'The edit is checked against the graph (404 for an unknown id; 400 naming the field when it does not fit), logged with the editor and the reason, and applied at once: the articles it concerns are projected again.',
      body: EditBody,
      response: { type: 'CurationOutcomeResponse' },
      errors: [401, 403, 404, 429],
      guards: editor,
      openapi: { security },
    },
    ({ body, res }): Promise<CurationOutcomeResponse> =>
      store.curation.apply({ edit: body.edit, reason: body.reason, author: author(res) }),
  );

  routes.json(
    {
      method: 'post',
      path: '/curation/undo',
      tag: 'curation',
      summary: 'Undo a log entry: a new entry that reverses it',
      body: UndoBody,
      response: { type: 'CurationOutcomeResponse' },
      errors: [401, 403, 404, 429],
      guards: editor,
      openapi: { security },
    },
    ({ body, res }): Promise<CurationOutcomeResponse> =>
      store.curation.undo({ entry: body.entry, reason: body.reason, author: author(res) }),
  );

  routes.json(
    {
      method: 'post',
      path: '/curation/import',
      tag: 'curation',
      summary: 'Append the entries of an exported log that this log lacks, and apply them',
      body: CurationFileSchema,
      response: { type: 'CurationImportResponse' },
      errors: [401, 403, 429],
      guards: editor,
      openapi: { security },
    },
    ({ body }): Promise<CurationImportResponse> => store.curation.importLog(body.entries),
  );
}
