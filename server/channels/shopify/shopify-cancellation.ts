import { ChannelError, summarizeIssues, type ChannelIssue } from '../channel-error';
import { parsePayload } from '../parse-payload';
import { presentText } from '../payload-fields';
import { shopifyExternalId } from './shopify-id';
import { ShopifyCancellationSchema } from './shopify-order-schema';

export interface ShopifyCancellation {
  /** The same external id the order was captured under. */
  externalId: string;
  /** UTC, ISO-8601. */
  cancelledAt: string;
  /** Shopify's reason (customer, fraud, inventory, declined, staff, other); "other" when absent. */
  reason: string;
}

/**
 * Reads an `orders/cancelled` webhook body. Shopify sends the whole order again; only the id
 * and the cancellation matter here, what the warehouse does about it is the pipeline's call.
 */
export function mapShopifyCancellation(body: unknown): ShopifyCancellation {
  const payload = parsePayload(ShopifyCancellationSchema, body, 'Shopify orders/cancelled payload');
  const issues: ChannelIssue[] = [];
  const externalId = shopifyExternalId(payload.id, payload.admin_graphql_api_id, issues);
  if (issues.length > 0) {
    throw new ChannelError(
      'MAPPING_FAILED',
      summarizeIssues('The Shopify cancellation could not be read', issues),
      issues,
    );
  }
  return {
    externalId,
    cancelledAt: payload.cancelled_at,
    reason: presentText(payload.cancel_reason) ?? 'other',
  };
}
