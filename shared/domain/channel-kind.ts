import { z } from 'zod';

/** The kinds of sales channel an order can come from; payment and validation rules vary by kind. */
export const CHANNEL_KINDS = ['web', 'marketplace', 'pos', 'phone', 'b2b'] as const;
export const ChannelKindSchema = z.enum(CHANNEL_KINDS);
export type ChannelKind = z.infer<typeof ChannelKindSchema>;

/** How a channel kind reads in a sentence: "web store orders must be paid". */
export const CHANNEL_KIND_LABELS: Readonly<Record<ChannelKind, string>> = {
  web: 'web store',
  marketplace: 'marketplace',
  pos: 'point-of-sale',
  phone: 'phone',
  b2b: 'B2B',
};
