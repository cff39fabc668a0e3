import type { ScanEvent } from '../../shared/scanning/scan-event';

export type ScanHandler = (scan: ScanEvent) => void;

/**
 * Hands every scan, whatever its source, to exactly one subscriber: the one with the highest
 * rank. Ranks are taken when a subscriber first renders, and React renders a parent before its
 * children and an older screen before a newly opened one, so the innermost, latest screen wins
 * and a screen inside a screen never handles the same scan twice.
 */
export interface ScanDispatch {
  /** Adds a subscriber; the returned function removes it. */
  subscribe(rank: number, handler: ScanHandler): () => void;
  /** Delivers `scan`; false when no subscriber is listening (the scan is dropped). */
  dispatch(scan: ScanEvent): boolean;
}

let lastRank = 0;

/** A rank above every rank handed out before. */
export function claimScanRank(): number {
  lastRank += 1;
  return lastRank;
}

interface Subscription {
  readonly rank: number;
  readonly handler: ScanHandler;
}

export function createScanDispatch(): ScanDispatch {
  const subscriptions = new Set<Subscription>();
  return {
    subscribe(rank, handler) {
      const subscription: Subscription = { rank, handler };
      subscriptions.add(subscription);
      return () => {
        subscriptions.delete(subscription);
      };
    },
    dispatch(scan) {
      let chosen: Subscription | null = null;
      for (const subscription of subscriptions) {
        // Equal ranks (one component subscribing twice): the later subscription wins.
        if (chosen === null || subscription.rank >= chosen.rank) chosen = subscription;
      }
      if (chosen === null) return false;
      chosen.handler(scan);
      return true;
    },
  };
}
