import type { z } from 'zod';
import type { ServiceLevelSchema } from '../../shared/api/order-capture';

export type ServiceLevel = z.infer<typeof ServiceLevelSchema>;

/**
 * Web shops name shipping methods freely ("DHL Express", "Royal Mail Tracked 24", "Free
 * Shipping"), so the service level is read from words that mean the same thing everywhere;
 * anything else is standard, the level that never promises more than the warehouse can do.
 */
export function serviceLevelFromText(...texts: (string | null | undefined)[]): ServiceLevel {
  const text = texts.filter(Boolean).join(' ').toLowerCase();
  if (/\bnext[\s-]?day\b|\bovernight\b|\bsame[\s-]?day\b/.test(text)) return 'next_day';
  if (/\bexpress\b|\bexpedited\b|\b2[\s-]?day\b/.test(text)) return 'express';
  if (/\beconomy\b|\bsaver\b|\bdeferred\b/.test(text)) return 'economy';
  return 'standard';
}
