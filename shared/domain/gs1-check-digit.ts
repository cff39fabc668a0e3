/**
 * The GS1 mod-10 check digit for any GS1 key body (GTIN, SSCC-18, GLN, …): weights 3,1,3,…
 * from the right, so one function serves every length. gtin.ts adds the GTIN length rules.
 * Returns null for a body that is empty or not all digits, so callers decide what to report.
 */
export function gs1CheckDigit(body: string): number | null {
  if (!/^\d+$/.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of an all-digit key of at least two digits is its check digit. */
export function hasValidGs1CheckDigit(key: string): boolean {
  if (key.length < 2) return false;
  const expected = gs1CheckDigit(key.slice(0, -1));
  return expected !== null && String(expected) === key.slice(-1);
}
