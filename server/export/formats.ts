/** One writer per export format, with the file name and media type it is served under. */
import type { ExportFormat } from '../../core/api.js';
import { writeCyjs } from './cyjs.js';
import { writeEdgesCsv, writeNodesCsv } from './csv.js';
import { writeCypherScript } from './cypher.js';
import type { ExportDocument } from './document.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJsonWithEvidence } from './json.js';

export interface ExportWriter {
  fileName: string;
  mediaType: string;
  write(doc: ExportDocument): string;
  /** The file recreates the cited articles too (ExportDocument.articles), so they are read for it. */
  withArticles?: boolean;
}

export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  cyjs: { fileName: 'newsgraph.cyjs', mediaType: 'application/json', write: writeCyjs },
  graphml: { fileName: 'newsgraph.graphml', mediaType: 'application/graphml+xml', write: writeGraphml },
  gexf: { fileName: 'newsgraph.gexf', mediaType: 'application/gexf+xml', write: writeGexf },
  'csv-nodes': { fileName: 'newsgraph-nodes.csv', mediaType: 'text/csv', write: writeNodesCsv },
  'csv-edges': { fileName: 'newsgraph-edges.csv', mediaType: 'text/csv', write: writeEdgesCsv },
  json: { fileName: 'newsgraph.json', mediaType: 'application/json', write: writeJsonWithEvidence },
  cypher: {
    fileName: 'newsgraph.neo4j.cypher',
    mediaType: 'text/plain',
    write: (doc) => writeCypherScript(doc, 'neo4j'),
    withArticles: true,
  },
  'cypher-kuzu': {
    fileName: 'newsgraph.kuzu.cypher',
    mediaType: 'text/plain',
    write: (doc) => writeCypherScript(doc, 'kuzu'),
    withArticles: true,
  },
};
