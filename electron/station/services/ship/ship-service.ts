import type { z } from 'zod';
import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type {
  ShipLabelAnswer,
  ShipOverview,
  ShipQuote,
} from '../../../../shared/contract/schemas/ship';
import {
  ShipLabelInputSchema,
  ShipQuoteInputSchema,
} from '../../../../shared/contract/schemas/ship';
import type { CarrierAddress } from '../../../../shared/contract/schemas/carrier-api';
import type { ShipAlertsSchema } from '../../../../shared/contract/schemas/tracking-alerts';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import type { MutationRunner } from '../../mutations/run-mutation';
import { CarrierOffline } from './head-office-carriers';
import type { HeadOfficeCarriers } from './head-office-carriers';
import { labelShipFrom, readShipTo } from './ship-label';
import { createShipLabeller } from './ship-labeller';
import type { LabelDecision, ShipPrinting } from './ship-labeller';
import { createShipNumbers, REFILL_BELOW } from './ship-numbers';
import { quoteParcel } from './ship-quotes';
import { createShipRepository } from './ship-repository';
import type { ParcelRow, WarehouseRow } from './ship-repository';
import { parcelView, shipmentView } from './ship-views';
import { createAwaitingLabels } from './awaiting-labels';
import { createShipActions } from './ship-actions';

type ShipAlerts = z.infer<typeof ShipAlertsSchema>;

export interface ShipServiceDeps {
  sqlite: BetterSqlite3.Database;
  runner: MutationRunner;
  clock: Clock;
  stationId: string;
  getWarehouseId: () => string | null;
  headOffice: HeadOfficeCarriers;
  printing: ShipPrinting;
  logger: Logger;
  currentPersonId: () => string | null;
  /** Where the manifest's fonts are; the repository's resources/fonts when left out. */
  fontsDir?: string;
  /** The clock the cut-offs are written in: the station's wall clock, HH:MM. */
  localTime?: (iso: string) => string;
  onChanged: () => void;
}

/** A quote is reused for the label when it is this fresh, so labelling needs no second round trip. */
const QUOTE_FRESH_MS = 10 * 60_000;
const MIN_OVERRIDE_REASON = 5;

function wallClock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * The Ship screen's work: which parcels wait for a label, rates and the rule's choice, making and
 * printing labels, reprints, voids and the end-of-day manifest.
 */
export function createShipService(deps: ShipServiceDeps) {
  const repo = createShipRepository(deps.sqlite);
  const numbers = createShipNumbers(deps.sqlite);
  const now = () => deps.clock.now();
  const labeller = createShipLabeller({
    sqlite: deps.sqlite,
    runner: deps.runner,
    numbers,
    printing: deps.printing,
    headOffice: deps.headOffice,
    logger: deps.logger,
    today: () => now().slice(0, 10),
    now,
  });
  const quotes = new Map<string, { at: number; quote: ShipQuote }>();
  // Labels are made one at a time: each takes the next number from the same block.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  function warehouse(): WarehouseRow {
    const id = deps.getWarehouseId();
    if (!id) throw new WharfError('UNAVAILABLE', 'Enrol this station with a head office first.');
    const row = repo.warehouse(id);
    if (!row)
      throw new WharfError(
        'UNAVAILABLE',
        'The warehouse has not synced yet; wait for the first sync.',
      );
    return row;
  }

  function origin(w: WarehouseRow): CarrierAddress {
    const from = labelShipFrom(w);
    return {
      name: from.name,
      line1: from.lines[0] ?? w.name,
      city: from.city,
      postcode: from.postcode,
      country: from.country,
    };
  }

  async function quoteFor(parcel: ParcelRow, w: WarehouseRow): Promise<ShipQuote> {
    const answer = await quoteParcel({
      parcel,
      shipTo: readShipTo(parcel.ship_to),
      origin: origin(w),
      carriers: repo.carriers(),
      numbersLeft: (code) => numbers.left(code),
      stationLocalTime: (deps.localTime ?? wallClock)(now()),
      headOffice: deps.headOffice,
    });
    const quote = { parcel: parcelView(parcel), ...answer };
    quotes.set(parcel.id, { at: Date.now(), quote });
    return quote;
  }

  function findParcel(text: string, w: WarehouseRow): ParcelRow {
    const row = repo.parcelByScan(w.id, text) ?? repo.parcelById(w.id, text);
    if (row) return row;
    const known = repo.parcelKnown(text);
    if (known?.label) {
      throw new WharfError(
        'CONFLICT',
        `Parcel ${known.number} already has label ${known.label}. Reprint it from the list if the label is lost.`,
      );
    }
    if (known) {
      throw new WharfError(
        'CONFLICT',
        `Parcel ${known.number} cannot ship yet: its order is still being packed. Close its last parcel on the Pack screen.`,
      );
    }
    throw new WharfError(
      'NOT_FOUND',
      `"${text}" is not a closed parcel here. Scan the parcel number on its packing label (like F-1001-P1).`,
    );
  }

  const awaiting = createAwaitingLabels({
    sqlite: deps.sqlite,
    labeller,
    repo,
    now,
    logger: deps.logger,
    currentPersonId: deps.currentPersonId,
    warehouse: () => (deps.getWarehouseId() ? warehouse() : null),
    origin,
    onChanged: deps.onChanged,
  });

  const numbersLeft = (code: string): number => {
    const left = numbers.left(code);
    if (left < REFILL_BELOW) actions.refillIfDue(code);
    return left;
  };
  const actions = createShipActions({ ...deps, repo, numbers, labeller, warehouse, now, serial });

  return {
    overview(): ShipOverview {
      const w = warehouse();
      const since = new Date(Date.parse(now()) - 18 * 3_600_000).toISOString();
      const labels = repo.shipments(since);
      return {
        toShip: repo.parcelsToShip(w.id).map(parcelView),
        labels: labels.map((row) => shipmentView(row, deps.printing)),
        carriers: repo
          .carriers()
          .filter((c) => c.active === 1)
          .map((c) => ({
            code: c.code,
            name: c.name,
            kind: c.kind,
            numbersLeft: c.kind === 'rate_card' ? numbersLeft(c.code) : null,
            openLabels: labels.filter(
              (l) => l.carrier_code === c.code && !l.manifest_id && !l.voided_at,
            ).length,
          })),
        manifests: repo.manifests(since).map((m) => ({
          manifestId: m.id,
          number: m.number,
          carrierCode: m.carrier_code,
          parcels: m.parcels,
          closedAt: m.closed_at,
          submitted: m.submitted_at ? 'submitted' : m.submit_error ? 'failed' : 'pending',
          detail: m.submit_error ?? m.submission_ref,
        })),
      };
    },
    async quote(raw: unknown): Promise<ShipQuote> {
      const input = ShipQuoteInputSchema.parse(raw);
      const w = warehouse();
      return quoteFor(findParcel(input.parcel, w), w);
    },
    label(raw: unknown): Promise<ShipLabelAnswer> {
      return serial(async () => {
        const input = ShipLabelInputSchema.parse(raw);
        const w = warehouse();
        const parcel = repo.parcelById(w.id, input.parcelId);
        if (!parcel)
          throw new WharfError(
            'CONFLICT',
            'That parcel already has a label or is not ready to ship; scan it again.',
          );
        const cached = quotes.get(parcel.id);
        const quote =
          cached && Date.now() - cached.at < QUOTE_FRESH_MS
            ? cached.quote
            : await quoteFor(parcel, w);
        const picked = quote.quotes.find(
          (q) => q.carrierCode === input.carrierCode && q.serviceCode === input.serviceCode,
        );
        if (!picked) {
          throw new WharfError(
            'BAD_REQUEST',
            'That service cannot take this parcel (see the rates list for why); choose another.',
          );
        }
        const carrier = repo.carriers().find((c) => c.code === picked.carrierCode);
        if (!carrier) throw new WharfError('NOT_FOUND', 'That carrier is no longer set up.');
        const chosen = quote.choice;
        const overridden =
          !chosen ||
          chosen.carrierCode !== picked.carrierCode ||
          chosen.serviceCode !== picked.serviceCode;
        const reason = input.overrideReason?.trim() ?? '';
        if (overridden && reason.length < MIN_OVERRIDE_REASON) {
          throw new WharfError(
            'BAD_REQUEST',
            `The shipping rules chose ${chosen ? 'another service' : 'no service'}; say why you override (at least ${MIN_OVERRIDE_REASON} characters).`,
          );
        }
        const decision: LabelDecision = {
          carrier,
          serviceCode: picked.serviceCode,
          serviceName: picked.serviceName,
          priceMinor: picked.price.amountMinor,
          currency: picked.price.currency,
          choiceReason: overridden ? `Overridden: ${reason}` : (chosen?.reason ?? ''),
          ...(overridden ? { overrideReason: reason } : {}),
          ...(picked.rateId ? { rateId: picked.rateId } : {}),
        };
        quotes.delete(parcel.id);
        if (carrier.kind === 'rate_card') {
          const made = await labeller.rateCard(parcel, w, labelShipFrom(w), decision);
          actions.refillSoon(carrier.code);
          deps.onChanged();
          return printedAnswer(made.shipmentId, made.printProblem);
        }
        try {
          const made = await labeller.online(parcel, w, origin(w), decision);
          deps.onChanged();
          return printedAnswer(made.shipmentId, made.printProblem);
        } catch (error) {
          if (!(error instanceof CarrierOffline)) throw error;
          awaiting.add(parcel, decision, error.message);
          deps.onChanged();
          return {
            outcome: 'awaiting',
            message: `${carrier.name} needs the network for its label (${error.message}). Parcel ${parcel.number} waits in "Awaiting label" and prints by itself when the connection is back.`,
          };
        }
      });
    },
    reprint: (raw: unknown) => actions.reprint(raw),
    void: (raw: unknown) => actions.void(raw),
    closeManifest: (raw: unknown) => actions.closeManifest(raw),
    preview: (raw: unknown) => actions.preview(raw),
    cancelAwaiting: (parcelId: string) => awaiting.cancel(parcelId),
    /** The head office's open tracking alerts for this warehouse; online only, says so offline. */
    async alerts(): Promise<ShipAlerts> {
      try {
        return { alerts: (await deps.headOffice.alerts()).alerts, problem: null };
      } catch (error) {
        if (!(error instanceof CarrierOffline) && !(error instanceof WharfError)) throw error;
        return {
          alerts: [],
          problem: `Tracking alerts come from the head office: ${error.message}`,
        };
      }
    },
    start(): void {
      awaiting.start();
      actions.start();
    },
    async stop(): Promise<void> {
      await awaiting.stop();
      actions.stop();
      await queue;
    },
    /** The head office answers again: try waiting labels and top up number blocks now. */
    nudge(): void {
      awaiting.nudge();
      actions.refillSoon();
    },
  };

  function printedAnswer(shipmentId: string, printProblem: string | null): ShipLabelAnswer {
    const row = repo.shipment(shipmentId);
    if (!row) throw new Error(`Shipment ${shipmentId} vanished after it was recorded`);
    const shipment = shipmentView(row, deps.printing);
    return {
      outcome: 'printed',
      shipment,
      message: printProblem
        ? `Label ${shipment.trackingNumber} is recorded but not printed: ${printProblem}`
        : `Label ${shipment.trackingNumber} sent to the printer (${shipment.index} of ${shipment.count}).`,
    };
  }
}
export type ShipService = ReturnType<typeof createShipService>;
