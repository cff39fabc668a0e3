import { createHash } from 'node:crypto';
import type { OrderCapture } from '../../shared/api/order-capture';

/**
 * A fingerprint of what a channel sent, after normalisation, so "the same order again" (a retry:
 * answer with the first order) is told from "the same id, different order" (a conflict).
 */
export function captureContentHash(capture: OrderCapture): string {
  return createHash('sha256').update(stableJson(capture)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
