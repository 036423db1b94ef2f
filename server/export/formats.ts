/** One writer per export format, with the file name and media type it is served under. */
import type { ExportFormat } from '../../core/api.js';
import { writeCyjs } from './cyjs.js';
import { writeEdgesCsv, writeNodesCsv } from './csv.js';
import { writeCypherScript } from './cypher.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJsonWithEvidence, type SubgraphWithEvidence } from './json.js';

export interface ExportWriter {
  fileName: string;
  mediaType: string;
  /** Whether the writer needs every edge's supporting sentences (one more store read per edge). */
  withEvidence: boolean;
  write(graph: SubgraphWithEvidence): string;
}

export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  cyjs: { fileName: 'newsgraph.cyjs', mediaType: 'application/json', withEvidence: false, write: writeCyjs },
  graphml: {
    fileName: 'newsgraph.graphml',
    mediaType: 'application/graphml+xml',
    withEvidence: false,
    write: writeGraphml,
  },
  gexf: { fileName: 'newsgraph.gexf', mediaType: 'application/gexf+xml', withEvidence: false, write: writeGexf },
  'csv-nodes': { fileName: 'newsgraph-nodes.csv', mediaType: 'text/csv', withEvidence: false, write: writeNodesCsv },
  'csv-edges': { fileName: 'newsgraph-edges.csv', mediaType: 'text/csv', withEvidence: false, write: writeEdgesCsv },
  json: { fileName: 'newsgraph.json', mediaType: 'application/json', withEvidence: true, write: writeJsonWithEvidence },
  cypher: { fileName: 'newsgraph.cypher', mediaType: 'text/plain', withEvidence: false, write: writeCypherScript },
};
