import type { Session } from '../../shared/contract';
import { PERSON_ROLE_LABELS } from '../../shared/domain/person-role';
import type { PersonRole } from '../../shared/domain/person-role';
import { joinWithOr, withArticle } from '../../shared/domain/readable-list';
import { BadgeSchema, PinSchema } from '../../shared/security/credential-format';
import type { StatusText } from '../app/status-bar/status-tone';

/** "Ada Lovelace · Picker": who is working here, in the words the floor uses. */
export function describePerson(person: Pick<Session, 'name' | 'role'>): string {
  return `${person.name} · ${PERSON_ROLE_LABELS[person.role]}`;
}

/**
 * The status bar's sign-in part. Before the station is enrolled nobody can sign in (the people
 * come from the head office), so it says nothing rather than nagging.
 */
export function describeSessionStatus(
  session: Session | null,
  enrolled: boolean,
): StatusText | null {
  if (session) return { text: `Signed in: ${describePerson(session)}`, tone: 'ok' };
  if (!enrolled) return null;
  return { text: 'Nobody is signed in', tone: 'neutral' };
}

export type EntryCheck =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/** The station's own rule for a badge scan, so an obvious misread is caught before a round trip. */
export function checkBadge(scan: string): EntryCheck {
  const parsed = BadgeSchema.safeParse(scan);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Scan your badge again' };
}

export function checkPin(pin: string): EntryCheck {
  const parsed = PinSchema.safeParse(pin);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Enter your PIN' };
}

/**
 * Why the signed-in person cannot do this here, or null when they can. The station and the head
 * office refuse it anyway; saying so before the form is filled in saves the person the work.
 */
export function roleRefusal(
  person: Pick<Session, 'name' | 'role'>,
  allowed: readonly PersonRole[],
  what: string,
): string | null {
  if (allowed.includes(person.role)) return null;
  const who = joinWithOr(allowed.map((role) => PERSON_ROLE_LABELS[role].toLowerCase()));
  return `${person.name} is signed in as ${PERSON_ROLE_LABELS[person.role].toLowerCase()}; ${what} needs ${withArticle(who)}. Sign out and let someone who may do it sign in.`;
}
