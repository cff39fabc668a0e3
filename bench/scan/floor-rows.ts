import { gs1CheckDigit } from '../../shared/domain/gs1-check-digit';
import { LINES_PER_FULFILMENT, ORDERS_PER_LIST } from './scan-settings';

/**
 * The bench warehouse as arithmetic: every row of the station replica (and of the online
 * baseline's PostgreSQL copy) is a function of its index, so 2 million rows need no arrays, the
 * two databases hold the same data, and a test can check the rules without building either.
 */

export const WAREHOUSE_ID = '01900a00-0000-7000-8000-000000000001';
export const PICKER_ID = '01900c10-0000-7000-8000-000000000001';
/** The station that picked the old orders (not the bench's own). */
export const OLD_STATION_ID = '01900c20-0000-7000-8000-000000000001';
export const STOCK_PER_BIN = 1_000;

/** UUIDv7-shaped ids with a prefix per table, so a row's id says what it is. */
const PREFIX = {
  bin: '01900b00',
  product: '01900b10',
  fulfilment: '01900f00',
  order: '01900f10',
  line: '01900f20',
  orderLine: '01900f30',
  wave: '01900f40',
  pick: '01900f50',
} as const;
export type IdKind = keyof typeof PREFIX;

export function benchId(kind: IdKind, n: number): string {
  return `${PREFIX[kind]}-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Aisle, bay, level: 50 bays of 8 levels to an aisle, walked in that order. */
export function binCode(n: number): string {
  return `A${pad(Math.floor(n / 400) + 1, 2)}-${pad((Math.floor(n / 8) % 50) + 1, 2)}-${(n % 8) + 1}`;
}

export function productSku(n: number): string {
  return `SKU-${pad(n + 1, 6)}`;
}

/** A valid EAN-13 (GS1 prefix 50, UK) per product. */
export function productGtin(n: number): string {
  const body = `50${pad(n + 1, 10)}`;
  return `${body}${gs1CheckDigit(body) ?? 0}`;
}

/** The two bins holding product p, half a warehouse apart. */
export function productBins(p: number, bins: number): [number, number] {
  const first = (p * 7) % bins;
  return [first, (first + Math.floor(bins / 2)) % bins];
}

export type FulfilmentStatus = 'released' | 'packed' | 'shipped';

/** The newest `released` fulfilments are still to pick; older ones were packed or shipped. */
export function fulfilmentStatus(
  i: number,
  fulfilments: number,
  released: number,
): FulfilmentStatus {
  if (i >= fulfilments - released) return 'released';
  return i % 5 < 3 ? 'shipped' : 'packed';
}

export function fulfilmentNumber(i: number): string {
  return `F-${pad(i + 1, 7)}`;
}

export function orderNumber(i: number): string {
  return `WEB-${pad(i + 1, 7)}`;
}

const START = Date.parse('2026-06-01T06:00:00.000Z');
/** One fulfilment every two minutes, oldest first. */
export function fulfilmentTime(i: number): string {
  return new Date(START + i * 120_000).toISOString();
}

/** Line j of fulfilment i: index, product and quantity. Products differ within a fulfilment. */
export function fulfilmentLine(
  i: number,
  j: number,
  products: number,
): { index: number; product: number; quantity: number } {
  const index = i * LINES_PER_FULFILMENT + j;
  return { index, product: (i * 7919 + j * 131) % products, quantity: 1 + (index % 3) };
}

/** The old pick list a picked fulfilment went out in. */
export function oldWave(i: number): number {
  return Math.floor(i / ORDERS_PER_LIST);
}

export const SHIP_TO = JSON.stringify({
  name: 'Zoë Łukasz',
  line1: '1 Quay St',
  city: 'Bristol',
  postcode: 'BS1 4DJ',
  country: 'GB',
});
