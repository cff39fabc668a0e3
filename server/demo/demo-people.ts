import type { CaptureAddress } from '../../shared/api/order-capture';
import { randomInt } from 'node:crypto';
import type { PersonRole } from '../../shared/domain/person-role';
import { newToken } from '../channels/secret-box';
import { demoAddress, demoPhone, DEMO_COUNTRIES } from './demo-addresses';
import type { DemoCountry } from './demo-addresses';
import { COMPANIES, emailPart, FIRST_NAMES, LAST_NAMES } from './demo-names';
import type { SeededRandom } from './seeded-random';

export interface DemoCustomer {
  id: string;
  email: string;
  name: string;
  phone?: string;
  country: DemoCountry;
  address: CaptureAddress;
  /** Wholesale accounts buy by the case, on account. */
  business: boolean;
}

/** Where the web store's customers live, roughly: mostly North America, then Europe. */
const COUNTRY_WEIGHTS: readonly (readonly [DemoCountry, number])[] = [
  ['US', 52],
  ['CA', 6],
  ['GB', 11],
  ['IE', 3],
  ['NL', 8],
  ['BE', 3],
  ['DE', 10],
  ['FR', 7],
];

export function demoCustomers(rng: SeededRandom, count: number, atMs: number): DemoCustomer[] {
  if (!DEMO_COUNTRIES.every((c) => COUNTRY_WEIGHTS.some(([w]) => w === c))) {
    throw new Error('Every demo country needs a customer weight');
  }
  const taken = new Set<string>();
  const unique = (local: string, domain: string): string => {
    let email = `${local}@${domain}`;
    for (let n = 2; taken.has(email); n += 1) email = `${local}${n}@${domain}`;
    taken.add(email);
    return email;
  };
  const customers: DemoCustomer[] = COMPANIES.map(([company, country]) => {
    const address = { ...demoAddress(rng, country, rng.pick(FIRST_NAMES)), company };
    const phone = demoPhone(rng, country);
    return {
      id: rng.uuid(atMs),
      email: unique(`orders.${emailPart(company)}`, 'example.com'),
      name: company,
      country,
      address,
      business: true,
      ...(phone ? { phone } : {}),
    };
  });
  while (customers.length < count) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    const country = rng.weighted(COUNTRY_WEIGHTS);
    const local = rng.chance(0.6)
      ? `${emailPart(first)}.${emailPart(last)}`
      : `${emailPart(first).slice(0, 1)}${emailPart(last)}`;
    const phone = rng.chance(0.5) ? demoPhone(rng, country) : undefined;
    customers.push({
      id: rng.uuid(atMs),
      email: unique(local, rng.chance(0.7) ? 'example.com' : 'example.org'),
      name,
      country,
      address: demoAddress(rng, country, name),
      business: false,
      ...(phone ? { phone } : {}),
    });
  }
  return customers;
}

export type { PersonRole };

export interface DemoPerson {
  id: string;
  name: string;
  role: PersonRole;
  /** Printed on the person's card, so not a secret: WH-1001 upwards, in staff order. */
  badge: string;
  /** Random (not from the seed), shown once in the demo summary; only its hash is stored. */
  pin: string;
}

const STAFF: readonly (readonly [PersonRole, number])[] = [
  ['admin', 1],
  ['manager', 3],
  ['picker', 6],
  ['packer', 4],
  ['shipping', 2],
  ['returns', 2],
];

/**
 * Everyone can sign in at a demo station: by badge (scanned or typed) or by name and PIN. The
 * PINs are random like the tokens, because a PIN everyone knows would be a poor habit to teach.
 */
export function demoPeople(rng: SeededRandom, atMs: number): DemoPerson[] {
  const names = rng.shuffle(
    FIRST_NAMES.flatMap((f) => LAST_NAMES.slice(0, 8).map((l) => `${f} ${l}`)),
  );
  let next = 0;
  return STAFF.flatMap(([role, count]) =>
    Array.from({ length: count }, () => {
      const index = next++;
      return {
        id: rng.uuid(atMs),
        name: names[index] ?? `Staff ${index + 1}`,
        role,
        badge: `WH-${1001 + index}`,
        pin: String(randomInt(0, 10_000)).padStart(4, '0'),
      };
    }),
  );
}

export interface DemoToken {
  name: string;
  role: 'manager' | 'viewer';
  token: string;
}

/** Random, like the channel keys: a token must not be derivable from the printed seed. */
export function demoTokens(): DemoToken[] {
  return [
    { name: 'Operations manager (demo)', role: 'manager', token: newToken('wh_tk_') },
    { name: 'Reporting viewer (demo)', role: 'viewer', token: newToken('wh_tk_') },
  ];
}
