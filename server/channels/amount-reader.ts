import { quoteInput, type ChannelIssue } from './channel-error';
import { currencyExponent } from './currency-exponent';
import { parseMinorUnits } from './decimal-to-minor';

/**
 * Converts a payload's decimal amounts to minor units while remembering every one that failed,
 * so a mapper can report all bad fields of an order at once instead of the first.
 */
export class AmountReader {
  readonly issues: ChannelIssue[] = [];
  private readonly known: boolean;

  constructor(
    private readonly currency: string,
    currencyPath: string,
  ) {
    this.known = currencyExponent(currency) !== undefined;
    if (!this.known) {
      this.issues.push({
        path: currencyPath,
        message: `Unknown currency ${quoteInput(currency)}: use an ISO 4217 code such as USD, EUR or GBP`,
      });
    }
  }

  /** The amount in minor units; 0 (with an issue recorded) when it cannot be read exactly. */
  read(amount: string, path: string): number {
    if (!this.known) return 0;
    const result = parseMinorUnits(amount, this.currency);
    if (result.ok) return result.minor;
    this.issues.push({ path, message: result.message });
    return 0;
  }

  /** Sum of several amounts, each reported under its own path when it is bad. */
  sum(amounts: readonly { amount: string; path: string }[]): number {
    return amounts.reduce((total, { amount, path }) => total + this.read(amount, path), 0);
  }
}
