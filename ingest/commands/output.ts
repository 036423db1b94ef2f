/**
 * The `extract` command's JSON document: the shape of the gold files
 * (`{articles:[{file,title,entities,relations}]}`), with offsets kept as
 * extra fields so nothing the graph holds is lost.
 */
import type { ArticleGraph, Attribution, Certainty } from '../../core/domain.js';

export interface ExtractionDocument {
  articles: Array<{
    file: string;
    id: string;
    title: string | null;
    source: string | null;
    date: string | null;
    byline: string | null;
    entities: Array<{
      id: string;
      name: string;
      kind: string;
      mentions: string[];
      aliases: string[];
      roles: string[];
      mention_spans: Array<{ start: number; end: number; text: string }>;
    }>;
    relations: Array<{
      subject: string;
      type: string;
      object: string;
      evidence: string;
      /** Sentences of the article that state it (for MENTIONED_WITH: how often the two are named together). */
      count: number;
      properties?: Record<string, string>;
      evidence_sentences: Array<{
        sentence: string;
        start: number;
        end: number;
        subject: { start: number; end: number } | null;
        object: { start: number; end: number } | null;
        rule: string;
        /** How the sentence states it (core/claims.ts); asserted when extraction gave none. */
        certainty: Certainty;
        /** Who the sentence attributes it to; null: the article's own voice. */
        attribution: Attribution | null;
      }>;
    }>;
  }>;
}

/** Converts article graphs into the extraction document. */
export function toExtractionDocument(graphs: readonly ArticleGraph[]): ExtractionDocument {
  return {
    articles: graphs.map((g) => ({
      file: g.article.file,
      id: g.article.id,
      title: g.article.title,
      source: g.article.source,
      date: g.article.date,
      byline: g.article.byline,
      entities: g.entities.map((e) => ({
        id: e.id,
        name: e.name,
        kind: e.kind,
        mentions: [...new Set(e.mentions.map((m) => m.text))],
        aliases: e.aliases,
        roles: e.roles,
        mention_spans: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      })),
      relations: g.relations.map((r) => ({
        subject: r.subject,
        type: r.type,
        object: r.object,
        evidence: r.evidence[0]?.sentence ?? '',
        count: r.evidence.length,
        ...(Object.keys(r.properties).length > 0 ? { properties: r.properties as Record<string, string> } : {}),
        evidence_sentences: r.evidence.map((e) => ({
          sentence: e.sentence,
          start: e.start,
          end: e.end,
          subject: e.subject,
          object: e.object,
          rule: e.rule ?? 'unknown',
          certainty: e.certainty ?? 'asserted',
          attribution: e.attribution ?? null,
        })),
      })),
    })),
  };
}
