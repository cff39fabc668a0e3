import type { ChannelKind } from '../../shared/domain/channel-kind';
import { hashToken, newToken, sealSecret } from '../channels/secret-box';
import type { SeededRandom } from './seeded-random';

export type ChannelPlatform = 'generic' | 'shopify' | 'woocommerce';

export interface DemoChannel {
  id: string;
  code: string;
  name: string;
  kind: ChannelKind;
  platform: ChannelPlatform;
  orderPrefix: string;
  safetyStock: number;
  /** Shown once, to the person who seeded; only its hash is stored. */
  apiKey: string;
  /** For the webhook platforms: the secret their deliveries are signed with. */
  webhookSecret?: string;
}

export interface DemoChannelRow {
  id: string;
  code: string;
  name: string;
  kind: ChannelKind;
  platform: ChannelPlatform;
  order_prefix: string;
  api_key_hash: string;
  webhook_secret_sealed: string | null;
  safety_stock: number;
  created_at: Date;
}

const CHANNELS: readonly Omit<DemoChannel, 'id' | 'apiKey' | 'webhookSecret'>[] = [
  {
    code: 'web',
    name: 'Tidewater web store (Shopify)',
    kind: 'web',
    platform: 'shopify',
    orderPrefix: 'WEB',
    safetyStock: 0,
  },
  {
    code: 'marketplace',
    name: 'Harbor Market marketplace',
    kind: 'marketplace',
    platform: 'generic',
    orderPrefix: 'MKT',
    // The marketplace fines cancellations for stock it was promised, so a few units stay back.
    safetyStock: 2,
  },
  {
    code: 'pos',
    name: 'Newark showroom till',
    kind: 'pos',
    platform: 'generic',
    orderPrefix: 'POS',
    safetyStock: 0,
  },
  {
    code: 'phone',
    name: 'Phone orders',
    kind: 'phone',
    platform: 'generic',
    orderPrefix: 'PHN',
    safetyStock: 0,
  },
  {
    code: 'wholesale',
    name: 'Wholesale portal (WooCommerce)',
    kind: 'b2b',
    platform: 'woocommerce',
    orderPrefix: 'WHS',
    safetyStock: 0,
  },
];

/**
 * Keys and webhook secrets come from the system's random source, not the demo seed: a seed is
 * printed in bug reports, and anyone holding it could otherwise rebuild every key.
 */
export function demoChannels(rng: SeededRandom, atMs: number): DemoChannel[] {
  return CHANNELS.map((channel) => ({
    ...channel,
    id: rng.uuid(atMs),
    apiKey: newToken('wh_ch_'),
    ...(channel.platform === 'generic' ? {} : { webhookSecret: newToken('whsec_') }),
  }));
}

/**
 * The sealed secret is bound to the channel's id (AES-GCM associated data), so the webhook
 * routes must open it with `openSecret(sealed, key, channel.id)`.
 */
export function demoChannelRow(channel: DemoChannel, secretKey: Buffer, at: Date): DemoChannelRow {
  return {
    id: channel.id,
    code: channel.code,
    name: channel.name,
    kind: channel.kind,
    platform: channel.platform,
    order_prefix: channel.orderPrefix,
    api_key_hash: hashToken(channel.apiKey),
    webhook_secret_sealed: channel.webhookSecret
      ? sealSecret(channel.webhookSecret, secretKey, channel.id)
      : null,
    safety_stock: channel.safetyStock,
    created_at: at,
  };
}
