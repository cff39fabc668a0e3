import { z } from 'zod';

/** Fields several floor mutations share, so both sides read a tote or a lot the same way. */

/** A tote or cart label: letters, digits and dashes, as printed on the crate. */
export const ToteCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{2,20}$/, 'A tote label is 2 to 20 letters, digits or dashes, e.g. TOTE-07');

/** Lot and serial numbers as GS1 AIs 10 and 21 carry them (up to 20 characters). */
export const LotNumberSchema = z
  .string()
  .min(1)
  .max(20, 'A lot number is at most 20 characters (GS1 AI 10)');
export const SerialNumberSchema = z
  .string()
  .min(1)
  .max(20, 'A serial number is at most 20 characters (GS1 AI 21)');

/** A calendar date, as GS1 expiry dates are read: YYYY-MM-DD. */
export const CalendarDateSchema = z.iso.date('An expiry date is a calendar date, YYYY-MM-DD');

export const UnitCountSchema = z
  .number({ error: 'A quantity is a whole number of units' })
  .int('A quantity is a whole number of units')
  .min(1, 'A quantity is at least 1 unit')
  .max(100_000, 'A quantity is at most 100,000 units');
