import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { EXAMPLE_RATE_CARD } from '../../shared/domain/shipping/example-rate-card';
import { RateCardSchema } from '../../shared/domain/shipping/rate-card';
import type { CentralDatabase } from '../db/schema';

type Db = Kysely<CentralDatabase> | Transaction<CentralDatabase>;

const CodeSchema = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'A carrier code');

/** A carrier as the head office ships with it: priced from a rate card, or via the middleware. */
export const CarrierSetupSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('rate_card'),
      code: CodeSchema,
      name: z.string().trim().min(1).max(80),
      rateCard: RateCardSchema,
      labelSymbology: z.enum(['code128', 'gs1-128', 'qr', 'datamatrix']).default('code128'),
      consignmentPrefix: z.string().regex(/^[A-Z0-9]{0,10}$/, 'Up to 10 capitals or digits'),
      rangeSize: z.number().int().min(10).max(1_000_000).default(1000),
    })
    .strict(),
  z
    .object({
      kind: z.literal('middleware'),
      code: CodeSchema,
      name: z.string().trim().min(1).max(80),
      labelSymbology: z.enum(['code128', 'gs1-128', 'qr', 'datamatrix']).default('code128'),
    })
    .strict(),
]);
export type CarrierSetupInput = z.input<typeof CarrierSetupSchema>;
export type RateCardCarrierSetupInput = Extract<CarrierSetupInput, { kind: 'rate_card' }>;

export const CompanyGs1SetupSchema = z
  .object({
    companyPrefix: z.string().regex(/^\d{7,10}$/, 'A GS1 company prefix is 7 to 10 digits'),
    extensionDigit: z.number().int().min(0).max(9).default(0),
    rangeSize: z.number().int().min(10).max(1_000_000).default(1000),
  })
  .strict();
export type CompanyGs1SetupInput = z.input<typeof CompanyGs1SetupSchema>;

export const WarehouseAddressSchema = z
  .object({
    addressLine1: z.string().trim().min(1).max(120),
    city: z.string().trim().min(1).max(80),
  })
  .strict();
export type WarehouseAddress = z.infer<typeof WarehouseAddressSchema>;

export const ShippingSetupSchema = z
  .object({
    carriers: z.array(CarrierSetupSchema),
    /** null: the company has no GS1 prefix, so labels carry no SSCC. */
    companyGs1: CompanyGs1SetupSchema.nullable(),
    /** Street addresses by warehouse code, for the label's "from" block and collections. */
    addresses: z.record(z.string(), WarehouseAddressSchema),
  })
  .strict();
export type ShippingSetupInput = z.input<typeof ShippingSetupSchema>;

/** The rate-card carrier of the example card: works offline, consignment numbers PC…. */
export const PARCELCO_CARRIER: RateCardCarrierSetupInput = {
  kind: 'rate_card',
  code: 'PARCELCO',
  name: EXAMPLE_RATE_CARD.carrierName,
  rateCard: EXAMPLE_RATE_CARD,
  labelSymbology: 'code128',
  consignmentPrefix: 'PC',
};

/** A plausible 7-digit prefix (GS1 UK's 50 range), leaving 9 digits of SSCC serial reference. */
export const EXAMPLE_COMPANY_GS1: CompanyGs1SetupInput = { companyPrefix: '5012345' };

/**
 * Puts the shipping set-up in place: carriers, the company's GS1 prefix and warehouse addresses.
 * Rows already there are left as they are (their serial counters especially: resetting one would
 * hand out numbers already printed), so it is safe to run on every start.
 */
export async function installShippingSetup(db: Db, input: ShippingSetupInput): Promise<void> {
  const setup = ShippingSetupSchema.parse(input);
  // All of it or none: a half-installed set-up would ship with a carrier but no addresses.
  if (db.isTransaction) await writeSetup(db, setup);
  else await db.transaction().execute((trx) => writeSetup(trx, setup));
}

async function writeSetup(db: Db, setup: z.output<typeof ShippingSetupSchema>): Promise<void> {
  for (const carrier of setup.carriers) {
    await db
      .insertInto('carriers')
      .values({
        code: carrier.code,
        name: carrier.name,
        kind: carrier.kind,
        label_symbology: carrier.labelSymbology,
        ...(carrier.kind === 'rate_card'
          ? {
              rate_card: JSON.stringify(carrier.rateCard),
              consignment_prefix: carrier.consignmentPrefix,
              range_size: carrier.rangeSize,
            }
          : { rate_card: null }),
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  if (setup.companyGs1) {
    await db
      .insertInto('company_gs1')
      .values({
        company_prefix: setup.companyGs1.companyPrefix,
        extension_digit: setup.companyGs1.extensionDigit,
        range_size: setup.companyGs1.rangeSize,
      })
      .onConflict((oc) => oc.column('only_row').doNothing())
      .execute();
  }
  for (const [code, address] of Object.entries(setup.addresses)) {
    await db
      .updateTable('warehouses')
      .set({ address_line1: address.addressLine1, city: address.city })
      .where('code', '=', code)
      // An address someone typed in wins over a default.
      .where('address_line1', '=', '')
      .execute();
  }
}
