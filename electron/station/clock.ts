import { v7 as uuidv7 } from 'uuid';

/** Time and ids come through here so tests can make them predictable. */
export interface Clock {
  /** UTC, ISO-8601. */
  now(): string;
  uptimeSeconds(): number;
}

export type IdSource = () => string;

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  uptimeSeconds: () => process.uptime(),
};

export const uuidV7: IdSource = () => uuidv7();
