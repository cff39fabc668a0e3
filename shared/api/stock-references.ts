import { z } from 'zod';

/** How requests name stock places and goods: by the codes people read, never by internal ids. */
export const WarehouseCodeSchema = z
  .string({ error: 'Name the warehouse by its code, e.g. EAST' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,8}$/, 'A warehouse code is 2 to 8 letters or digits, e.g. EAST');

export const BinCodeSchema = z
  .string({ error: 'Name the bin by its code, e.g. A-01-01' })
  .trim()
  .min(1, 'Name the bin by its code, e.g. A-01-01')
  .max(40);

export const SkuSchema = z.string({ error: 'Give the SKU' }).trim().min(1, 'Give the SKU').max(64);
