export { createSyncEngine } from './sync-engine';
export type { SyncEngine, SyncEngineOptions } from './sync-engine';
export { SHAPE_DEFINITIONS, ALL_SHAPES } from './shape-definitions';
