import type { MethodInput, MethodOutput } from '../../../shared/contract';

export type PickScanAnswer = MethodOutput<'pick.scan'>;

/** What the short dialog hands back: the reason, and how many the bin could not give. */
export type ShortPickInput = Omit<MethodInput<'pick.short'>, 'waveId'>;
