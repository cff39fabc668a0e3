import type { OrderCapture, PaymentStatus } from '../../api/order-capture';
import type { ChannelKind } from '../channel-kind';

export interface AddressFacts {
  name: string;
  company?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postcode: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  phone?: string;
}

/**
 * What the validation rules look at. A captured order plus its channel's kind fits as is (see
 * orderFactsFromCapture), and so does an order row read back from the database, so the rules
 * run the same at capture and when a person re-checks a held order.
 */
export interface OrderFacts {
  channelKind: ChannelKind;
  currency: string;
  totalMinor: number;
  customer: { email: string; name: string; phone?: string };
  shipTo: AddressFacts;
  /** Absent when billing is the shipping address. */
  billTo?: Partial<AddressFacts> & { country: string };
  payment: { status: PaymentStatus };
  lines: readonly { sku: string; quantity: number }[];
}

/** What the rules need from outside the order; the caller reads it from the database. */
export interface RuleContext {
  /** Orders with this order's customer email in the last hour, this order included. */
  ordersFromEmailLastHour: number;
  knownSkus: ReadonlySet<string>;
}

/** One reason an order needs a person's attention, written for that person. */
export interface RuleViolation {
  /** The code of the rule row that found it. */
  rule: string;
  /** Dotted path into the order, e.g. `shipTo.postcode` or `lines.2.sku`. */
  field?: string;
  message: string;
}

/** What a rule kind reports; the engine adds the code of the rule row that ran it. */
export type RuleFinding = Omit<RuleViolation, 'rule'>;

export function orderFactsFromCapture(order: OrderCapture, channelKind: ChannelKind): OrderFacts {
  return { ...order, channelKind };
}
