import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type { Session } from '../../../../shared/contract';
import type { CarrierAddress } from '../../../../shared/contract/schemas/carrier-api';
import { idleConnection } from '../../db/idle-connection';
import type { PrintingService } from '../printing/printing-service';
import type { Logger } from '../../logger';
import type { MutationRunner } from '../../mutations/run-mutation';
import type { HeadOfficeCarriers } from './head-office-carriers';
import { buildLabelZpl, DEFAULT_LABEL_DPI, labelShipTo, readShipTo } from './ship-label';
import type { LabelFacts } from './ship-label';
import type { ShipNumbers } from './ship-numbers';
import type { CarrierRow, ParcelRow, WarehouseRow } from './ship-repository';

export type ShipPrinting = Pick<PrintingService, 'printTo' | 'reprint' | 'jobsFor' | 'labelDpi'>;

/** What the clerk (or the rules) decided for a parcel. */
export interface LabelDecision {
  carrier: CarrierRow;
  serviceCode: string;
  serviceName: string;
  priceMinor: number;
  currency: string;
  choiceReason: string;
  overrideReason?: string | undefined;
  /** The middleware rate to buy; a retry with the same rate can never buy a second label. */
  rateId?: string | undefined;
}

export interface LabelOutcome {
  shipmentId: string;
  trackingNumber: string;
  printed: boolean;
  printProblem: string | null;
}

export const LABEL_DOCUMENT = 'parcel-label';

/**
 * Makes a parcel's label: the numbers, the ZPL, the shipment mutation, the stored document and
 * the print job — in that order. The mutation comes before the print job so a number on paper is
 * always a number recorded; a crash between the two leaves a label to print, which the Ship
 * screen offers ("not printed").
 */
export function createShipLabeller(deps: {
  sqlite: BetterSqlite3.Database;
  runner: MutationRunner;
  numbers: ShipNumbers;
  printing: ShipPrinting;
  headOffice: HeadOfficeCarriers;
  logger: Logger;
  today: () => string;
  now: () => string;
}) {
  const saveDocument = deps.sqlite.prepare<[string, string, number, string]>(
    `INSERT OR REPLACE INTO label_documents (shipment_id, zpl, dpi, created_at) VALUES (?, ?, ?, ?)`,
  );

  async function print(
    shipmentId: string,
    trackingNumber: string,
    zpl: string,
    dpi: 203 | 300,
  ): Promise<string | null> {
    // The document and the job are written outside any other station write still open.
    await idleConnection(deps.sqlite);
    saveDocument.run(shipmentId, zpl, dpi, deps.now());
    try {
      deps.printing.printTo('label', {
        kind: LABEL_DOCUMENT,
        reference: trackingNumber,
        bytes: new TextEncoder().encode(zpl),
      });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : 'The label could not be queued.';
    }
  }

  function facts(
    parcel: ParcelRow,
    shipFrom: LabelFacts['shipFrom'],
    decision: LabelDecision,
    trackingNumber: string,
    sscc: string | null,
  ): LabelFacts {
    return {
      shipFrom,
      shipTo: labelShipTo(readShipTo(parcel.ship_to)),
      carrierName: decision.carrier.name,
      serviceName: decision.serviceName,
      trackingNumber,
      symbology: decision.carrier.label_symbology,
      sscc,
      index: parcelIndex(parcel.number),
      count: parcel.parcel_count,
      weightGrams: parcel.weight_grams,
      reference: parcel.order_number,
      date: deps.today(),
    };
  }

  async function record(
    parcel: ParcelRow,
    warehouse: WarehouseRow,
    decision: LabelDecision,
    label: { trackingNumber: string; zpl: string; dpi: 203 | 300 },
    numbers: {
      consignment?: { rangeId: string; serial: number };
      sscc?: { rangeId: string; serial: number; text: string } | null;
    },
    onBehalfOf?: Session,
  ): Promise<LabelOutcome> {
    const { mutationId } = await deps.runner.run(
      'shipment.create',
      {
        warehouseId: warehouse.id,
        parcelId: parcel.id,
        carrierCode: decision.carrier.code,
        serviceCode: decision.serviceCode,
        serviceName: decision.serviceName,
        trackingNumber: label.trackingNumber,
        ...(numbers.sscc
          ? {
              sscc: numbers.sscc.text,
              ssccSource: { rangeId: numbers.sscc.rangeId, serial: numbers.sscc.serial },
            }
          : {}),
        ...(numbers.consignment ? { consignment: numbers.consignment } : {}),
        priceMinor: decision.priceMinor,
        currency: decision.currency,
        choiceReason: decision.choiceReason.slice(0, 300),
        ...(decision.overrideReason ? { overrideReason: decision.overrideReason } : {}),
        parcelIndex: parcelIndex(parcel.number),
        parcelCount: Math.max(parcel.parcel_count, parcelIndex(parcel.number)),
      },
      onBehalfOf,
    );
    const printProblem = await print(mutationId, label.trackingNumber, label.zpl, label.dpi);
    return {
      shipmentId: mutationId,
      trackingNumber: label.trackingNumber,
      printed: !printProblem,
      printProblem,
    };
  }

  return {
    print,
    /** A rate-card carrier: everything from this station's own tables, network or not. */
    async rateCard(
      parcel: ParcelRow,
      warehouse: WarehouseRow,
      shipFrom: LabelFacts['shipFrom'],
      decision: LabelDecision,
    ): Promise<LabelOutcome> {
      const consignment = deps.numbers.consignment(decision.carrier.code, decision.carrier.name);
      const sscc = deps.numbers.sscc();
      const dpi = deps.printing.labelDpi();
      const { zpl } = buildLabelZpl(
        facts(parcel, shipFrom, decision, consignment.text, sscc?.text ?? null),
        dpi,
      );
      return record(
        parcel,
        warehouse,
        decision,
        { trackingNumber: consignment.text, zpl, dpi },
        { consignment: { rangeId: consignment.rangeId, serial: consignment.serial }, sscc },
      );
    },
    /**
     * An online-only carrier: the head office buys the label (a retry for the same parcel gets
     * the same label, never a second purchase). Throws CarrierOffline when it cannot be reached.
     */
    async online(
      parcel: ParcelRow,
      warehouse: WarehouseRow,
      origin: CarrierAddress,
      decision: LabelDecision,
      onBehalfOf?: Session,
    ): Promise<LabelOutcome> {
      const bought = await deps.headOffice.buy({
        parcelId: parcel.id,
        carrierCode: decision.carrier.code,
        serviceCode: decision.serviceCode,
        ...(decision.rateId ? { rateId: decision.rateId } : {}),
        origin,
      });
      const trackingNumber = bought.trackingNumber.toUpperCase().replace(/[^A-Z0-9]/g, '');
      if (trackingNumber.length < 4) {
        throw new WharfError(
          'BAD_REQUEST',
          `The carrier's tracking number ${bought.trackingNumber} cannot be used.`,
        );
      }
      return record(
        parcel,
        warehouse,
        { ...decision, priceMinor: bought.priceMinor, currency: bought.currency },
        // Middleware labels come as the carrier draws them: 203 dpi, as the middleware is asked.
        { trackingNumber, zpl: bought.zpl, dpi: DEFAULT_LABEL_DPI },
        {},
        onBehalfOf,
      );
    },
  };
}
export type ShipLabeller = ReturnType<typeof createShipLabeller>;

/** F-1001-P2 → 2. */
export function parcelIndex(number: string): number {
  const match = /-P(\d+)$/.exec(number);
  return match ? Number(match[1]) : 1;
}
