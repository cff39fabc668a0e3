import type BetterSqlite3 from 'better-sqlite3';
import type { OutboxCounts } from '../../../../shared/contract';
import type { TopicBus } from '../../contract/topic-bus';
import { createSyncEngine, FLOOR_SHAPES, INVENTORY_SHAPES, SHIP_SHAPES } from '../../sync';
import type { AfterBatch, SyncEngine } from '../../sync';
import type { HeadOfficeLink } from '../enrolment/enrolment-repository';
import type { LinkHealth } from './link-health';

/** The part of the write path (electron/station/outbox) this module starts and stops. */
export interface UploaderControl {
  start(): void;
  /** Resolves once no upload is in flight. */
  stop(): Promise<void>;
  counts(): OutboxCounts;
  /** Sends what is waiting now, without waiting out the back-off. */
  nudge(): void;
}

export interface HeadOfficeSync {
  /** Starts (or restarts) downloading and uploading with this link. */
  start(link: HeadOfficeLink): Promise<void>;
  /** Stops both; no database write from either happens after it resolves. */
  stop(): Promise<void>;
  /** "Retry now": shapes that are not live reconnect at once instead of after their back-off. */
  retryDownloads(): void;
}

/** Runs the sync engine and the uploader together for the enrolled head office. */
export function createHeadOfficeSync(deps: {
  sqlite: BetterSqlite3.Database;
  bus: TopicBus;
  health: LinkHealth;
  uploader: UploaderControl;
  afterBatch: AfterBatch;
  now: () => string;
  fetchClient?: typeof fetch | undefined;
  onError: (error: unknown) => void;
}): HeadOfficeSync {
  let engine: SyncEngine | null = null;
  let running = false;
  let liveShapes = 0;

  const stop = async (): Promise<void> => {
    engine?.stop();
    engine = null;
    if (running) {
      running = false;
      await deps.uploader.stop();
    }
  };

  let startEngine: (() => SyncEngine) | null = null;

  return {
    async start(link) {
      await stop();
      deps.health.setHeadOffice(link.headOfficeUrl);
      liveShapes = 0;
      startEngine = () =>
        createSyncEngine({
          sqlite: deps.sqlite,
          headOfficeUrl: link.headOfficeUrl,
          token: link.token,
          now: deps.now,
          afterBatch: deps.afterBatch,
          ...(deps.fetchClient ? { fetchClient: deps.fetchClient } : {}),
          onStatus: (status) => {
            deps.health.setSync(status);
            deps.bus.publish('sync.status', status);
            // The head office answers downloads again: changes waiting out an upload back-off
            // (up to a minute) go now rather than at the next timer.
            const live = status.shapes.filter((s) => s.state === 'live').length;
            if (live > liveShapes) deps.uploader.nudge();
            liveShapes = live;
          },
          onBatch: (shape, outcome) => {
            // Published after the commit, so a listener that reads again sees the new rows.
            try {
              if (outcome.outboxChanged) deps.bus.publish('outbox.changed', deps.uploader.counts());
              if (
                outcome.inventoryChanged ||
                (outcome.rowsChanged && INVENTORY_SHAPES.includes(shape))
              ) {
                deps.bus.publish('inventory.changed', { at: deps.now() });
              }
              if (
                outcome.inventoryChanged ||
                outcome.outboxChanged ||
                (outcome.rowsChanged && FLOOR_SHAPES.includes(shape))
              ) {
                deps.bus.publish('floor.changed', { at: deps.now() });
              }
              if (outcome.outboxChanged || (outcome.rowsChanged && SHIP_SHAPES.includes(shape))) {
                deps.bus.publish('ship.changed', { at: deps.now() });
              }
            } catch (error) {
              deps.onError(error);
            }
          },
        });
      engine = startEngine();
      engine.start();
      deps.uploader.start();
      running = true;
    },
    stop,
    retryDownloads() {
      if (!engine || !startEngine) return;
      if (engine.status().shapes.every((shape) => shape.state === 'live')) return;
      // Each batch commits with its position, so a new stream resumes exactly where this one was.
      engine.stop();
      engine = startEngine();
      engine.start();
    },
  };
}
