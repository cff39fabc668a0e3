import type { Kysely } from 'kysely';
import { WharfError } from '../../../../shared/contract';
import type { Session, SignInInput, SignInPerson } from '../../../../shared/contract';
import { PersonRoleSchema } from '../../../../shared/domain/person-role';
import type { Clock } from '../../clock';
import type { StationDatabase } from '../../db/schema';
import type { LocalWrite } from '../../local-writes/local-write';
import { badgeHash, pinMatches } from './pin-check';
import { createPinLockout } from './pin-lockout';
import {
  deleteSession,
  findByBadgeHash,
  findPerson,
  listPinPeople,
  readSession,
  writeSession,
} from './session-repository';
import type { SyncedPerson } from './session-repository';

export interface SessionService {
  /** Loads the session kept from the last run; call once before anything else. */
  load(): Promise<void>;
  /** The signed-in person, without a database read (the write path asks on every change). */
  current(): Session | null;
  people(): Promise<SignInPerson[]>;
  signIn(input: SignInInput): Promise<Session>;
  signOut(): Promise<void>;
}

const denied = (message: string): WharfError => new WharfError('PERMISSION_DENIED', message);

/**
 * Sign-in checked against the synced hashes, so it works with the head office down. The session
 * is stored, so a restart of the station does not sign the picker out.
 */
export function createSessionService(deps: {
  db: Kysely<StationDatabase>;
  localWrite: LocalWrite;
  clock: Clock;
  onChanged: (session: Session | null) => void;
}): SessionService {
  const { db, localWrite, clock } = deps;
  const lockout = createPinLockout();
  let session: Session | null = null;

  async function personForBadge(badge: string): Promise<SyncedPerson> {
    const [person] = await findByBadgeHash(db, badgeHash(badge));
    if (!person) {
      throw denied('This badge is not known here. Scan it again, or sign in with your PIN.');
    }
    if (!person.active) {
      throw denied(`${person.name} can no longer sign in. Ask a manager to reactivate the badge.`);
    }
    return person;
  }

  async function personForPin(personId: string, pin: string): Promise<SyncedPerson> {
    const person = await findPerson(db, personId);
    if (!person?.active) {
      throw denied('That person cannot sign in at this station. Pick your name from the list.');
    }
    if (!person.pinHash) {
      throw denied(`${person.name} has no PIN yet. Scan your badge, or ask a manager for a PIN.`);
    }
    const nowMs = Date.parse(clock.now());
    const waitMs = lockout.waitMs(person.id, nowMs);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw denied(
        `Too many wrong PINs for ${person.name}. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      );
    }
    if (!(await pinMatches(pin, person.pinHash))) {
      const left = lockout.wrong(person.id, nowMs);
      throw denied(
        left === 0
          ? `That PIN is wrong for ${person.name}. PIN sign-in is paused for one minute.`
          : `That PIN is wrong for ${person.name}. ${left} ${left === 1 ? 'try' : 'tries'} left before a one-minute pause.`,
      );
    }
    lockout.right(person.id);
    return person;
  }

  return {
    async load() {
      session = await readSession(db);
    },
    current: () => session,
    people: () => listPinPeople(db),

    async signIn(input) {
      const person =
        input.method === 'badge'
          ? await personForBadge(input.badge)
          : await personForPin(input.personId, input.pin);
      const role = PersonRoleSchema.safeParse(person.role);
      if (!role.success) {
        throw denied(`${person.name} has a role this station does not know. Ask a manager.`);
      }
      const next: Session = {
        personId: person.id,
        name: person.name,
        role: role.data,
        signedInAt: clock.now(),
        method: input.method,
      };
      const previous = session;
      await localWrite(
        {
          kind: 'session.signed-in',
          actor: person.id,
          summary: `${person.name} signed in by ${input.method === 'badge' ? 'badge' : 'PIN'}`,
          detail: previous ? { replaced: previous.personId } : {},
        },
        (trx) => writeSession(trx, next),
      );
      session = next;
      deps.onChanged(next);
      return next;
    },

    async signOut() {
      const previous = session;
      if (!previous) return;
      await localWrite(
        {
          kind: 'session.signed-out',
          actor: previous.personId,
          summary: `${previous.name} signed out`,
        },
        (trx) => deleteSession(trx),
      );
      session = null;
      deps.onChanged(null);
    },
  };
}
