import type { NeighbourhoodRequest } from '../../../core/api.js';
export const bad: NeighbourhoodRequest = { ids: ['a'], kinds: ['Planet'] };
