/** One field of a GS1 element string, its value already typed for the AI. */
interface Gs1ElementBase {
  /** The AI as it appears in the data, e.g. '3103'. */
  readonly ai: string;
  /** The GS1 data title, e.g. 'NET WEIGHT (kg)'. */
  readonly title: string;
  /** The data field exactly as scanned. */
  readonly raw: string;
}

export type Gs1Element = Gs1ElementBase &
  (
    | { readonly kind: 'text'; readonly value: string }
    | { readonly kind: 'integer'; readonly value: number }
    | { readonly kind: 'decimal'; readonly value: number; readonly unit: 'kg' | 'lb' }
    /** ISO date, YYYY-MM-DD. */
    | { readonly kind: 'date'; readonly value: string }
    /** ISO local date-time, YYYY-MM-DDTHH:MM (GS1 gives no time zone). */
    | { readonly kind: 'dateTime'; readonly value: string }
  );
