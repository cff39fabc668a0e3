import { EnrolInputSchema } from '../../../shared/contract';
import type { EnrolInput, EnrolmentState } from '../../../shared/contract';
import type { Fact } from '../../components/fact-table';
import { formatLocalDateTime } from '../../format/format-local-time';
import type { TimeDisplay } from '../../format/format-local-time';

const CODE_ALPHABET = /[^A-HJ-NP-Z2-9]/g;

/**
 * Shapes an enrolment code as it is typed: capitals, dashes after each group of four, and
 * nothing a code never contains, so "abcdefgh jklm" reads back as ABCD-EFGH-JKLM.
 */
export function formatEnrolmentCode(typed: string): string {
  const letters = typed.toUpperCase().replace(CODE_ALPHABET, '').slice(0, 12);
  return (letters.match(/.{1,4}/g) ?? []).join('-');
}

export type EnrolmentCheck =
  | { readonly ok: true; readonly input: EnrolInput }
  | { readonly ok: false; readonly urlError: string | null; readonly codeError: string | null };

/** The station's own rules for the form, so most mistakes show before a round trip. */
export function checkEnrolment(headOfficeUrl: string, code: string): EnrolmentCheck {
  const parsed = EnrolInputSchema.safeParse({ headOfficeUrl: headOfficeUrl.trim(), code });
  if (parsed.success) return { ok: true, input: parsed.data };
  const first = (field: string) =>
    parsed.error.issues.find((issue) => issue.path[0] === field)?.message ?? null;
  return { ok: false, urlError: first('headOfficeUrl'), codeError: first('code') };
}

export function enrolmentFacts(
  state: Extract<EnrolmentState, { enrolled: true }>,
  display?: TimeDisplay,
): Fact[] {
  return [
    { label: 'Head office', value: state.headOfficeUrl },
    { label: 'Warehouse', value: `${state.warehouseName} (${state.warehouseCode})` },
    { label: 'Enrolled at', value: formatLocalDateTime(state.enrolledAt, display) },
  ];
}
