import { hostname } from 'node:os';
import { join } from 'node:path';
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
import { createEnrolmentHandlers } from './services/enrolment/enrolment-handlers';
import { createEnrolmentService } from './services/enrolment/enrolment-service';
import { createSessionHandlers } from './services/session/session-handlers';
import { createSessionService } from './services/session/session-service';
import { createHeadOfficeSync } from './services/station/head-office-sync';
import { createLinkHealth } from './services/station/link-health';
import { createStationHandlers } from './services/station/station-handlers';
import { readStationStatus } from './services/station/station-status';
import { createProblemLog } from './services/sync-overview/problem-log';
import { createSyncOverviewHandlers } from './services/sync-overview/sync-overview-handlers';
import { afterShapeBatch } from './outbox/after-shape-batch';
import { createWritePath } from './outbox/write-path';
import { createScannerHandlers } from './devices/scanners/scanner-handlers';
import { createSerialScannerManager } from './devices/scanners/serial-scanner-manager';
import { createPrinterHandlers } from './services/printing/printer-handlers';
import { createHeadOfficeCarriers } from './services/ship/head-office-carriers';
import { createShipHandlers } from './services/ship/ship-handlers';
import { createShipService } from './services/ship/ship-service';
import { SyncStatusSchema } from '../../shared/contract/schemas/sync';
import { createPrintingService } from './services/printing/printing-service';
import { createFloorServices } from './services/floor/floor-services';

export interface StationOptions {
  dataDir: string;
  migrationsDir: string;
  /** The repository's resources/ (fonts for packing slips); the packaged app passes its own. */
  resourcesDir?: string;
  appVersion: string;
  nativeBinding?: string | undefined;
  logger?: Logger;
  clock?: Clock;
  newId?: IdSource;
  /** How the station talks to its head office; tests shorten the waits. */
  sync?: {
    /** First wait after a failed upload; it doubles up to the cap. */
    retryBaseMs?: number;
    retryCapMs?: number;
    fetchClient?: typeof fetch;
  };
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
  let closed = false;
  const fetchClient = options.sync?.fetchClient;
  const onPublishError = (err: unknown): void => logger.error({ err }, 'station publish failed');

  // Status is published whenever any part of it changes, and only then.
  let lastStatus = '';
  const publishStatus = async (): Promise<void> => {
    const next = await status();
    const text = JSON.stringify(next);
    if (text === lastStatus) return;
    lastStatus = text;
    bus.publish('station.status', next);
  };
  // Chained so pushes keep their order and close() can wait for the last one to finish reading.
  let statusWork: Promise<void> = Promise.resolve();
  const statusChanged = (): void => {
    if (closed) return;
    statusWork = statusWork.then(publishStatus).catch(onPublishError);
  };

  const problems = createProblemLog(() => clock.now());
  const health = createLinkHealth({ now: () => clock.now(), problems, onChange: statusChanged });
  const session = createSessionService({
    db,
    localWrite,
    clock,
    onChanged: (current) => {
      bus.publish('session.changed', current);
      statusChanged();
    },
  });
  await session.load();

  const writePath = createWritePath({
    sqlite,
    db,
    localWrite,
    clock,
    newId,
    bus,
    getSession: () => session.current(),
    getLink: () => enrolment.link(),
    stationId: identity.stationId,
    retry: {
      ...(options.sync?.retryBaseMs !== undefined ? { baseMs: options.sync.retryBaseMs } : {}),
      ...(options.sync?.retryCapMs !== undefined ? { capMs: options.sync.retryCapMs } : {}),
    },
    ...(fetchClient ? { fetchClient } : {}),
    onUploadProblem: (message) => health.uploadProblem(message),
    onUploadOk: () => health.uploadOk(),
    onRetryNow: () => headOffice.retryDownloads(),
  });
  const headOffice = createHeadOfficeSync({
    sqlite,
    bus,
    health,
    uploader: writePath,
    afterBatch: afterShapeBatch,
    now: () => clock.now(),
    fetchClient,
    onError: onPublishError,
  });
  const enrolment = createEnrolmentService({
    db,
    localWrite,
    clock,
    identity: async () => ({
      stationId: identity.stationId,
      stationName: (await settings.get()).stationName,
    }),
    pause: () => headOffice.stop(),
    resume: async (link, moved) => {
      if (moved) {
        await session.load();
        bus.publish('session.changed', session.current());
        bus.publish('inventory.changed', { at: clock.now() });
      }
      bus.publish('enrolment.changed', enrolment.state());
      await headOffice.start(link);
      statusChanged();
    },
    onProblem: (message) => problems.add('enrolment', message),
    waitingChanges: () => writePath.counts().waiting,
    fetchClient,
  });
  await enrolment.load();
  const printing = createPrintingService({
    sqlite,
    clock,
    newId,
    logger,
    onActivity: (entry) => bus.publish('activity.appended', entry),
    stationName: async () => (await settings.get()).stationName,
  });
  printing.onPrintersChanged(({ printerId, jobId }) =>
    bus.publish('printers.changed', { at: clock.now(), printerId, jobId }),
  );
  printing.start();
  const floor = createFloorServices({
    sqlite,
    runner: writePath.runner,
    clock,
    newId,
    stationId: identity.stationId,
    getWarehouseId: () => enrolment.link()?.warehouseId ?? null,
    ...(options.resourcesDir === undefined
      ? {}
      : { fontsDir: join(options.resourcesDir, 'fonts') }),
    printing,
    actor: () => session.current()?.personId ?? 'station',
  });
  const scanners = createSerialScannerManager({ db, localWrite, clock, newId, logger });
  scanners.onScan((scan) => bus.publish('scan.received', scan));
  await scanners.start();
  const ship = createShipService({
    sqlite,
    runner: writePath.runner,
    clock,
    stationId: identity.stationId,
    getWarehouseId: () => enrolment.link()?.warehouseId ?? null,
    headOffice: createHeadOfficeCarriers({
      access: () => enrolment.link(),
      ...(fetchClient ? { fetchClient } : {}),
    }),
    printing,
    logger,
    currentPersonId: () => session.current()?.personId ?? null,
    ...(options.resourcesDir === undefined
      ? {}
      : { fontsDir: join(options.resourcesDir, 'fonts') }),
    onChanged: () => bus.publish('ship.changed', { at: clock.now() }),
  });
  printing.onJobChanged(() => bus.publish('ship.changed', { at: clock.now() }));
  // Labels waiting for an online carrier go as soon as the head office answers again.
  let liveShapes = 0;
  bus.subscribe('sync.status', (raw) => {
    const sync = SyncStatusSchema.safeParse(raw);
    const live = sync.success ? sync.data.shapes.filter((s) => s.state === 'live').length : 0;
    if (live > liveShapes) ship.nudge();
    liveShapes = live;
  });
  ship.start();
  // The uploader's count is part of the status bar.
  bus.subscribe('outbox.changed', statusChanged);

  const status = () =>
    readStationStatus({
      settings,
      health,
      session: () => session.current(),
      pendingUploads: () => writePath.counts().waiting,
    });
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
      onStationRenamed: async () => publishStatus(),
    }),
    createDiagnosticsHandlers({ sqlite, db, file, clock, transport: () => transport }),
    createEnrolmentHandlers(enrolment),
    createSessionHandlers(session),
    createSyncOverviewHandlers({
      health,
      problems,
      outbox: () => writePath.counts(),
      uploadState: () => writePath.uploadState(),
    }),
    writePath.handlers,
    floor.handlers,
    createScannerHandlers({ scanners, actor: () => session.current()?.personId ?? 'station' }),
    createShipHandlers(ship),
    createPrinterHandlers({ printing, actor: () => session.current()?.personId ?? 'station' }),
  );
  const invoke = createDispatcher(handlers, logger);
  const link = enrolment.link();
  if (link) await headOffice.start(link);

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
      // Nothing may write to the file once it is closed: stop downloads and wait for uploads.
      await headOffice.stop();
      await scanners.stop();
      await ship.stop();
      await printing.stop();
      await statusWork;
      // Folds the WAL back into the main file so the folder is one tidy file at rest.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      await opened.close();
      logger.info({ file }, 'station database closed');
    },
  };
}
