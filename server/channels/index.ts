/** The sales-channel adapters' public API: what the head office's routes and pipeline call. */
export {
  CHANNEL_ERROR_CODES,
  ChannelError,
  isChannelError,
  type ChannelErrorCode,
  type ChannelIssue,
} from './channel-error';
export { decimalToMinor, parseMinorUnits, type MinorUnitsResult } from './decimal-to-minor';
export { currencyExponent } from './currency-exponent';
export {
  SHOPIFY_HMAC_HEADER,
  SHOPIFY_WEBHOOK_ID_HEADER,
  WOOCOMMERCE_DELIVERY_ID_HEADER,
  WOOCOMMERCE_SIGNATURE_HEADER,
  computeHmacSha256Base64,
  verifyHmacSha256Base64,
} from './webhook-signature';
export { hashToken, newToken, openSecret, parseSecretBoxKey, sealSecret } from './secret-box';
export { mapShopifyOrder } from './shopify/shopify-order-mapper';
export { mapShopifyCancellation, type ShopifyCancellation } from './shopify/shopify-cancellation';
export { mapWooCommerceOrder } from './woocommerce/woocommerce-order-mapper';
export { parseWooWebhookPing } from './woocommerce/woocommerce-ping';
export {
  MAX_CSV_ROWS,
  parseOrderCsv,
  type CsvRowError,
  type ParsedOrderCsv,
} from './csv/parse-order-csv';
