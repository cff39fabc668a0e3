/**
 * The GS1 Application Identifiers a warehouse meets on trade items, cases and pallets.
 * Lengths and formats are those of the GS1 General Specifications (AI table, section 3.2),
 * e.g. AI 10 is N2+X..20 (variable, at most 20) and AI 422 is N3+N3 (fixed, 3 digits).
 * AIs 310n/320n/330n are families: the fourth digit n is the number of decimals.
 */
export type Gs1FieldLength =
  | { readonly kind: 'fixed'; readonly length: number }
  | { readonly kind: 'variable'; readonly max: number };

export type Gs1Charset = 'numeric' | 'alphanumeric';

/** Which check-digit rule the data field follows. */
export type Gs1CheckDigitKind = 'gtin' | 'sscc' | 'gln';

/** YYMMDD allows DD=00 ("end of month"); YYMMDDHHMM needs a real day and time. */
export type Gs1DateKind = 'yymmdd' | 'yymmddhhmm';

export interface Gs1AiDefinition {
  /** The AI as printed, or for a decimal family its first three digits (e.g. '310'). */
  readonly ai: string;
  /** The GS1 data title, e.g. 'BATCH/LOT'. */
  readonly title: string;
  /** What the field means, in the words a picker uses. */
  readonly description: string;
  readonly length: Gs1FieldLength;
  readonly charset: Gs1Charset;
  readonly checkDigit?: Gs1CheckDigitKind;
  readonly date?: Gs1DateKind;
  /** For 310n-style families: the largest n allowed (the AI's fourth digit). */
  readonly maxDecimals?: number;
  /** For measures: the unit of the decimal value. */
  readonly unit?: 'kg' | 'lb';
  /** A whole count (AIs 30, 37), read as an integer. */
  readonly isCount?: true;
}

const fixed = (length: number): Gs1FieldLength => ({ kind: 'fixed', length });
const upTo = (max: number): Gs1FieldLength => ({ kind: 'variable', max });

const DEFINITIONS: readonly Gs1AiDefinition[] = [
  {
    ai: '00',
    title: 'SSCC',
    description: 'pallet or parcel number (SSCC)',
    length: fixed(18),
    charset: 'numeric',
    checkDigit: 'sscc',
  },
  {
    ai: '01',
    title: 'GTIN',
    description: 'product number (GTIN)',
    length: fixed(14),
    charset: 'numeric',
    checkDigit: 'gtin',
  },
  {
    ai: '02',
    title: 'CONTENT',
    description: 'product number of the contents (GTIN)',
    length: fixed(14),
    charset: 'numeric',
    checkDigit: 'gtin',
  },
  {
    ai: '10',
    title: 'BATCH/LOT',
    description: 'batch or lot',
    length: upTo(20),
    charset: 'alphanumeric',
  },
  {
    ai: '11',
    title: 'PROD DATE',
    description: 'production date',
    length: fixed(6),
    charset: 'numeric',
    date: 'yymmdd',
  },
  {
    ai: '13',
    title: 'PACK DATE',
    description: 'packaging date',
    length: fixed(6),
    charset: 'numeric',
    date: 'yymmdd',
  },
  {
    ai: '15',
    title: 'BEST BEFORE or BEST BY',
    description: 'best-before date',
    length: fixed(6),
    charset: 'numeric',
    date: 'yymmdd',
  },
  {
    ai: '17',
    title: 'USE BY OR EXPIRY',
    description: 'expiry date',
    length: fixed(6),
    charset: 'numeric',
    date: 'yymmdd',
  },
  {
    ai: '21',
    title: 'SERIAL',
    description: 'serial number',
    length: upTo(20),
    charset: 'alphanumeric',
  },
  {
    ai: '30',
    title: 'VAR. COUNT',
    description: 'count of items',
    length: upTo(8),
    charset: 'numeric',
    isCount: true,
  },
  {
    ai: '37',
    title: 'COUNT',
    description: 'count of units contained',
    length: upTo(8),
    charset: 'numeric',
    isCount: true,
  },
  {
    ai: '310',
    title: 'NET WEIGHT (kg)',
    description: 'net weight in kg',
    length: fixed(6),
    charset: 'numeric',
    maxDecimals: 5,
    unit: 'kg',
  },
  {
    ai: '320',
    title: 'NET WEIGHT (lb)',
    description: 'net weight in lb',
    length: fixed(6),
    charset: 'numeric',
    maxDecimals: 5,
    unit: 'lb',
  },
  {
    ai: '330',
    title: 'GROSS WEIGHT (kg)',
    description: 'gross weight in kg',
    length: fixed(6),
    charset: 'numeric',
    maxDecimals: 5,
    unit: 'kg',
  },
  {
    ai: '240',
    title: 'ADDITIONAL ID',
    description: 'additional product id',
    length: upTo(30),
    charset: 'alphanumeric',
  },
  {
    ai: '250',
    title: 'SECONDARY SERIAL',
    description: 'secondary serial number',
    length: upTo(30),
    charset: 'alphanumeric',
  },
  {
    ai: '400',
    title: 'ORDER NUMBER',
    description: "customer's order number",
    length: upTo(30),
    charset: 'alphanumeric',
  },
  ...(
    [
      ['410', 'SHIP TO LOC', 'ship-to location (GLN)'],
      ['411', 'BILL TO', 'bill-to location (GLN)'],
      ['412', 'PURCHASE FROM', 'purchased-from location (GLN)'],
      ['413', 'SHIP FOR LOC', 'ship-for location (GLN)'],
      ['414', 'LOC No.', 'physical location (GLN)'],
    ] as const
  ).map(([ai, title, description]): Gs1AiDefinition => ({
    ai,
    title,
    description,
    length: fixed(13),
    charset: 'numeric',
    checkDigit: 'gln',
  })),
  {
    ai: '422',
    title: 'ORIGIN',
    description: 'country of origin (ISO 3166 numeric)',
    length: fixed(3),
    charset: 'numeric',
  },
  {
    ai: '7003',
    title: 'EXPIRY TIME',
    description: 'expiry date and time',
    length: fixed(10),
    charset: 'numeric',
    date: 'yymmddhhmm',
  },
];

const BY_AI: ReadonlyMap<string, Gs1AiDefinition> = new Map(DEFINITIONS.map((d) => [d.ai, d]));

export const GS1_APPLICATION_IDENTIFIERS: readonly Gs1AiDefinition[] = DEFINITIONS;

export interface Gs1AiMatch {
  /** The AI as it appears in the data, e.g. '3103'. */
  readonly ai: string;
  readonly definition: Gs1AiDefinition;
  /** Decimals taken from the AI's last digit (310n family), otherwise 0. */
  readonly decimals: number;
}

/**
 * Finds the AI at the start of `data`. GS1 AIs are prefix-free (no AI begins another), so trying
 * 2, 3 and 4 digits in turn finds at most one.
 */
export function matchApplicationIdentifier(data: string): Gs1AiMatch | null {
  for (const size of [2, 3, 4]) {
    const candidate = data.slice(0, size);
    if (candidate.length < size || !/^\d+$/.test(candidate)) return null;
    if (size === 4) {
      const family = BY_AI.get(candidate.slice(0, 3));
      const decimals = Number(candidate.charAt(3));
      if (family?.maxDecimals !== undefined && decimals <= family.maxDecimals) {
        return { ai: candidate, definition: family, decimals };
      }
    }
    const definition = BY_AI.get(candidate);
    if (definition && definition.maxDecimals === undefined) {
      return { ai: candidate, definition, decimals: 0 };
    }
  }
  return null;
}
