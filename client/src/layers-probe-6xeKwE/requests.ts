import type { ExportRequest, NeighbourhoodRequest } from '../../../core/api.js';
export const ok: NeighbourhoodRequest = { ids: ['a'], depth: 2, claimView: { claims: ['denied'], since: '2024-01-01' } };
export const file: ExportRequest = { format: 'gexf', ids: ['a'], view: { nodes: { a: { x: 0, y: 0, size: 1, color: '#000000' } } } };
