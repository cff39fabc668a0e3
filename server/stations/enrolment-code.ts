import { randomInt } from 'node:crypto';

/** No 0/O, 1/I: a code is read off a screen and typed at a station. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A new one-time enrolment code, e.g. `K7QM-2XRP-9HWD` (60 bits from the CSPRNG). */
export function newEnrolmentCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)] ?? '';
    groups.push(group);
  }
  return groups.join('-');
}
