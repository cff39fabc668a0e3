import { z } from 'zod';
import { PaymentStatusSchema } from '../../api/order-capture';
import { CHANNEL_KIND_LABELS, ChannelKindSchema } from '../channel-kind';
import { joinWithOr } from '../readable-list';
import type { RuleKindDefinition } from './rule-kind';

export const PaymentStatusParamsSchema = z.strictObject({
  /**
   * Every channel kind must be listed (an empty list means no payment status lets that kind's
   * orders through), so adding a channel kind makes old rule rows fail to load instead of
   * silently letting its orders through unchecked.
   */
  allowed: z.record(ChannelKindSchema, z.array(PaymentStatusSchema)),
});
export type PaymentStatusParams = z.infer<typeof PaymentStatusParamsSchema>;

const readable = (status: string): string => status.replace(/_/g, ' ');

export const paymentStatusRule: RuleKindDefinition<PaymentStatusParams> = {
  summary: 'The payment status is one this kind of channel may ship with',
  paramsSchema: PaymentStatusParamsSchema,
  check: (order, { allowed }) => {
    const statuses = allowed[order.channelKind];
    if (statuses.includes(order.payment.status)) return [];
    const channel = CHANNEL_KIND_LABELS[order.channelKind];
    const expected =
      statuses.length === 0
        ? `${channel} orders are not accepted under any payment status`
        : `${channel} orders must be ${joinWithOr(statuses.map(readable))}`;
    return [
      {
        field: 'payment.status',
        message: `Payment is ${readable(order.payment.status)}, but ${expected}; check the payment with the channel before releasing the hold`,
      },
    ];
  },
};
