import type { Kysely, Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { hashToken } from '../channels/secret-box';
import { newId } from '../pipeline/ids';
import { hashBadge, hashPin } from '../people/credential-hash';
import type { DemoBusiness } from './demo-business';
import { OPENING_DAY_MS } from './demo-business';
import { demoChannelRow } from './demo-channels';
import { insertRows } from './insert-rows';

type Db = Kysely<CentralDatabase> | Transaction<CentralDatabase>;

/**
 * Writes the business in multi-row INSERTs. Stock goes in as ledger rows only; the triggers
 * derive the levels and bin stock from them, as they do for every other movement.
 */
export async function insertBusiness(
  db: Db,
  business: DemoBusiness,
  secretKey: Buffer,
): Promise<void> {
  const opened = new Date(OPENING_DAY_MS);
  await insertRows(
    db,
    'warehouses',
    business.warehouses.map((w) => ({
      id: w.id,
      code: w.code,
      name: w.name,
      country: w.country,
      postcode: w.postcode,
      latitude: w.latitude,
      longitude: w.longitude,
      created_at: opened,
    })),
  );
  await insertRows(
    db,
    'bins',
    business.bins.map((b) => ({
      id: b.id,
      warehouse_id: b.warehouseId,
      code: b.code,
      pick_sequence: b.pickSequence,
      created_at: opened,
    })),
  );
  await insertRows(
    db,
    'products',
    business.catalogue.products.map((p) => ({
      id: p.id,
      sku: p.sku,
      gtin: p.gtin,
      name: p.name,
      weight_grams: p.weightGrams,
      length_mm: p.dims[0],
      width_mm: p.dims[1],
      height_mm: p.dims[2],
      requires_lot: p.requiresLot,
      requires_serial: p.requiresSerial,
      created_at: opened,
    })),
  );
  await insertRows(
    db,
    'product_barcodes',
    business.catalogue.barcodes.map((b) => ({
      barcode: b.barcode,
      product_id: b.productId,
      pack_quantity: b.packQuantity,
    })),
  );
  await insertRows(
    db,
    'channels',
    business.channels.map((c) => demoChannelRow(c, secretKey, opened)),
  );
  await insertRows(
    db,
    'customers',
    business.customers.map((c) => ({
      id: c.id,
      email: c.email,
      name: c.name,
      phone: c.phone ?? null,
      created_at: opened,
    })),
  );
  const pinHashes = await Promise.all(business.people.map((p) => hashPin(p.pin)));
  await insertRows(
    db,
    'people',
    business.people.map((p, i) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      badge_hash: hashBadge(p.badge),
      pin_hash: pinHashes[i] ?? null,
      created_at: opened,
    })),
  );
  await insertRows(
    db,
    'api_tokens',
    business.tokens.map((t) => ({
      id: newId(),
      name: t.name,
      token_hash: hashToken(t.token),
      role: t.role,
    })),
  );
  await insertRows(db, 'stock_movements', business.stock.movements);
  await insertRows(db, 'purchase_orders', business.purchaseOrders.orders);
  await insertRows(db, 'purchase_order_lines', business.purchaseOrders.lines);
  await insertRows(db, 'stock_movements', business.purchaseOrders.receipts);
}
