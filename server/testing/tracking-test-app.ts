import { startTestApp } from './test-app';
import type { TestApp } from './test-app';

/** startTestApp with the tracking webhook secret configured. */
export function startTrackingTestApp(webhookSecret: string): Promise<TestApp> {
  return startTestApp({ tracking: { webhookSecret } });
}
