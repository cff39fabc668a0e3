/**
 * Event times for the work the seed does after capture: real time, but strictly increasing, so
 * each order's timeline reads in the order things happened even within one millisecond.
 */
export class DemoClock {
  private last = 0;

  nowMs(): number {
    this.last = Math.max(Date.now(), this.last + 1);
    return this.last;
  }

  now(): string {
    return new Date(this.nowMs()).toISOString();
  }
}
