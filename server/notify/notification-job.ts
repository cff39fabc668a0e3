import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { sendDueNotifications } from './notification-sender';
import type { NotificationSenderOptions } from './notification-sender';

export interface NotificationJob {
  /** Sends what is due now instead of at the next tick. */
  wake(): void;
  /** Stops the timer and waits for a pass under way. */
  stop(): Promise<void>;
}

/** Runs sendDueNotifications every `everyMs`; passes never overlap, and a failed pass is logged. */
export function startNotificationSender(
  db: Kysely<CentralDatabase>,
  options: NotificationSenderOptions & {
    everyMs: number;
    onError: (error: unknown) => void;
  },
): NotificationJob {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = sendDueNotifications(db, options)
      .then(() => undefined, options.onError)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  tick();
  return {
    wake: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
