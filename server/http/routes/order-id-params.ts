import { z } from 'zod';

/** `:id` of the order action routes: the order's id or its number (WEB-000123). */
export const OrderIdParams = z.object({ id: z.string().trim().min(1).max(64) });
