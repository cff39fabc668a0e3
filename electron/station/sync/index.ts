export { createSyncEngine } from './sync-engine';
export type { SyncEngine, SyncEngineOptions } from './sync-engine';
export {
  SHAPE_DEFINITIONS,
  ALL_SHAPES,
  FLOOR_SHAPES,
  INVENTORY_SHAPES,
  SHIP_SHAPES,
} from './shape-definitions';
export type {
  AfterBatch,
  AfterBatchEffect,
  AfterBatchInput,
  BatchOutcome,
} from './apply-shape-batch';
