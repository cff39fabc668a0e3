/** How a status reads at a glance: colour only repeats what the words already say. */
export type StatusTone = 'ok' | 'pending' | 'problem' | 'neutral';

export interface StatusText {
  readonly text: string;
  readonly tone: StatusTone;
}
