import { hostname } from 'node:os';
import type { InvokeResult } from '../../shared/contract';
import { systemClock, uuidV7 } from './clock';
import type { Clock, IdSource } from './clock';
import { createDispatcher } from './contract/dispatcher';
import { registerHandlers } from './contract/handler-map';
import { createTopicBus } from './contract/topic-bus';
import type { TopicListener } from './contract/topic-bus';
import { migrate } from './db/migrate';
import { readMigrationFiles } from './db/migration-files';
import { openDatabase } from './db/open-database';
import { createLocalWrite } from './local-writes/local-write';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { createDiagnosticsHandlers } from './services/diagnostics/diagnostics-handlers';
import type { TransportFacts } from './services/diagnostics/diagnostics-handlers';
import { createSettingsHandlers } from './services/settings/settings-handlers';
import { createSettingsService } from './services/settings/settings-service';
import { createStationHandlers } from './services/station/station-handlers';
import { readStationStatus } from './services/station/station-status';

export interface StationOptions {
  dataDir: string;
  migrationsDir: string;
  appVersion: string;
  nativeBinding?: string | undefined;
  logger?: Logger;
  clock?: Clock;
  newId?: IdSource;
}

/** The station backend as every transport and test sees it. */
export interface Station {
  readonly stationId: string;
  readonly databaseFile: string;
  invoke(method: string, input: unknown): Promise<InvokeResult>;
  /** Throws a WharfError (UNKNOWN_TOPIC) for a topic the contract does not declare. */
  subscribe(topic: string, listener: TopicListener): () => void;
  /** Tells diagnostics which transport carries the contract and how many clients it has. */
  attachTransport(facts: TransportFacts): void;
  close(): Promise<void>;
}

export async function openStation(options: StationOptions): Promise<Station> {
  const logger = options.logger ?? createLogger();
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? uuidV7;
  const startedAt = clock.now();

  const opened = openDatabase(options);
  const { file, sqlite, db } = opened;
  try {
    const { applied } = migrate(sqlite, readMigrationFiles(options.migrationsDir), () =>
      clock.now(),
    );
    if (applied.length > 0) logger.info({ applied }, 'station database migrated');
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const bus = createTopicBus((err) => logger.error({ err }, 'push listener failed'));
  const localWrite = createLocalWrite(db, clock, newId, (entry) =>
    bus.publish('activity.appended', entry),
  );
  const settings = createSettingsService({ db, localWrite, clock, newId });
  const identity = await settings.ensureIdentity(`Station ${hostname()}`.slice(0, 40));
  let transport: TransportFacts = { kind: 'in-process', clients: () => 0 };

  const status = () => readStationStatus(settings);
  const handlers = registerHandlers(
    createStationHandlers({
      status,
      info: async () => ({
        stationId: identity.stationId,
        stationName: (await settings.get()).stationName,
        appVersion: options.appVersion,
        dataDir: options.dataDir,
        databaseFile: file,
        startedAt,
      }),
    }),
    createSettingsHandlers({
      settings,
      bus,
      onStationRenamed: async () => bus.publish('station.status', await status()),
    }),
    createDiagnosticsHandlers({ sqlite, db, file, clock, transport: () => transport }),
  );
  const invoke = createDispatcher(handlers, logger);
  let closed = false;

  logger.info({ stationId: identity.stationId, file }, 'station backend ready');
  return {
    stationId: identity.stationId,
    databaseFile: file,
    invoke,
    subscribe: (topic, listener) => bus.subscribe(topic, listener),
    attachTransport(facts) {
      transport = facts;
    },
    async close() {
      if (closed) return;
      closed = true;
      // Folds the WAL back into the main file so the folder is one tidy file at rest.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      await opened.close();
      logger.info({ file }, 'station database closed');
    },
  };
}
