/**
 * What curation answers with: the store port returns these, the HTTP API
 * sends them (core/api.ts), the explorer reads them. Browser-safe types.
 */
import type { Evidence } from '../domain.js';
import type { DuplicateSuggestion } from './duplicates.js';
import type { CurationEntry, Edit } from './edits.js';
import type { Verdict } from './state.js';

/** An edit as asked: who, why, what. */
export interface EditRequest {
  edit: Edit;
  author: string;
  reason: string;
}

export interface UndoRequest {
  /** The entry to reverse (an undo entry: its target comes back). */
  entry: string;
  author: string;
  reason: string;
}

/** A log entry with whether it is in force and, when not, the undo that took it out. */
export interface CurationLogItem extends CurationEntry {
  active: boolean;
  undoneBy: string | null;
}

export interface CurationLogPage {
  /** Newest first. */
  entries: CurationLogItem[];
  total: number;
  offset: number;
  limit: number;
}

export interface CurationOutcome {
  entry: CurationEntry;
  /** Articles projected again because of it. */
  articles: number;
}

export interface CurationImportOutcome {
  added: number;
  /** Entries the store's log had already (same id). */
  skipped: number;
  articles: number;
}

/** What the explorer marks as edited. */
export interface CurationMarks {
  entities: string[];
  relations: Array<{ id: string; verdict: Verdict | 'added' }>;
  articles: string[];
}

/** A relation as the log sees it: its verdict and every sentence that states it, in the graph or held back. */
export interface CuratedRelation {
  id: string;
  verdict: Verdict | null;
  /** Hand-made: the notes of the entries that added it. */
  notes: string[];
  /** The evidence of a rejected relation: held back from the graph, still recorded. */
  heldEvidence: Evidence[];
}

/** Likely duplicates, strongest first; `total` before the limit. */
export interface DuplicatePage {
  suggestions: DuplicateSuggestion[];
  total: number;
}
