import { withGtinCheckDigit } from '../../shared/domain/gtin';
import { demoProductLines } from './demo-product-lines';
import type { ProductDraft } from './demo-product-lines';
import type { SeededRandom } from './seeded-random';

export interface DemoProduct extends ProductDraft {
  id: string;
  gtin: string;
}

export interface DemoBarcode {
  barcode: string;
  productId: string;
  packQuantity: number;
}

export interface DemoCatalogue {
  products: DemoProduct[];
  barcodes: DemoBarcode[];
}

/**
 * GS1 company prefixes of the kind GS1's own documentation uses as examples: 0614141 (GS1 US)
 * for the UPC-A lines — a UPC-A is the GTIN-13 without its leading zero — and 5412345 for the
 * EAN-13 lines. Item references count up within each prefix, as a company assigns them.
 */
const UPC_PREFIX = '614141';
const EAN_PREFIX = '5412345';
const ITEM_REF_DIGITS = 5;

/** A case's GTIN-14: packaging indicator, the unit's GTIN-13 less its check digit, a new check. */
export function caseGtin14(unitGtin: string, indicator: number): string {
  const body = String(indicator) + unitGtin.padStart(13, '0').slice(0, 12);
  return withGtinCheckDigit(body);
}

export function demoCatalogue(rng: SeededRandom, atMs: number): DemoCatalogue {
  const products: DemoProduct[] = [];
  const barcodes: DemoBarcode[] = [];
  let upcItem = 0;
  let eanItem = 0;
  for (const draft of demoProductLines()) {
    const item = draft.gtinLength === 12 ? (upcItem += 1) : (eanItem += 1);
    const prefix = draft.gtinLength === 12 ? UPC_PREFIX : EAN_PREFIX;
    const gtin = withGtinCheckDigit(prefix + String(item).padStart(ITEM_REF_DIGITS, '0'));
    const product: DemoProduct = { ...draft, id: rng.uuid(atMs), gtin };
    products.push(product);
    barcodes.push({ barcode: gtin, productId: product.id, packQuantity: 1 });
    if (draft.casePack) {
      // Indicator 1 for the first packaging level above the unit, as GS1 allocates them.
      barcodes.push({
        barcode: caseGtin14(gtin, 1),
        productId: product.id,
        packQuantity: draft.casePack,
      });
    }
  }
  return { products, barcodes };
}
