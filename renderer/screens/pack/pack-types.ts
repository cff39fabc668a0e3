import type { MethodOutput } from '../../../shared/contract';

/** One order in a scanned batch tote, to open by scan or by tap. */
export type PackChoice = MethodOutput<'pack.open'>['choices'][number];
export type PackScanAnswer = MethodOutput<'pack.scan'>;
