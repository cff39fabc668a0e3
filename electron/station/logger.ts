import pino from 'pino';

/** The few logging calls the station makes; pino satisfies it, tests pass a silent one. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export function createLogger(level: string = process.env.WHARF_LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: 'wharf-station', level });
}

export const silentLogger: Logger = pino({ level: 'silent' });
