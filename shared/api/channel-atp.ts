import { z } from 'zod';
import { SkuSchema } from './stock-references';
import { UtcTimeSchema } from './money-amount';

/** `GET /v1/channels/:channel/atp?sku=A&sku=B`: one `sku` or several. */
export const AtpQuerySchema = z.object({
  sku: z
    .union([SkuSchema, z.array(SkuSchema)], { error: 'Ask for at least one sku, e.g. ?sku=MUG-1' })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.string()).min(1, 'Ask for at least one sku').max(100, 'At most 100 skus')),
});
export type AtpQuery = z.infer<typeof AtpQuerySchema>;

export const AtpAnswerSchema = z.object({
  channel: z.string(),
  safetyStock: z.number().int().nonnegative(),
  at: UtcTimeSchema,
  items: z.array(
    z.object({
      sku: z.string(),
      /** False for a SKU the catalogue does not have: nothing can be promised for it. */
      known: z.boolean(),
      /** Units this channel may sell now: all warehouses' available less its safety stock. */
      available: z.number().int().nonnegative(),
    }),
  ),
});
export type AtpAnswer = z.infer<typeof AtpAnswerSchema>;
