import type { Kysely } from 'kysely';
import { MutationBatchAnswerSchema } from '../../shared/mutations';
import type {
  MutationBatchAnswer,
  MutationEnvelope,
  StockAdjustPayloadInput,
} from '../../shared/mutations';
import type { PersonRole } from '../../shared/domain/person-role';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';
import { addStation } from './fixtures';
import { setUpShop } from './shop-setup';
import type { TestShop } from './shop-setup';
import type { TestApp } from './test-app';

export interface StationFloor {
  shop: TestShop;
  station: { stationId: string; token: string };
  people: Record<'picker' | 'packer' | 'manager', string>;
  /** A stock.adjust mutation of EAST's bin A-01-01 and MUG-1; override anything. */
  adjust(
    payload?: Partial<StockAdjustPayloadInput>,
    envelope?: Partial<MutationEnvelope>,
  ): MutationEnvelope;
  /** POST /v1/mutations as the station (or with another token). */
  send(
    mutations: MutationEnvelope[],
    token?: string,
  ): Promise<{ status: number; body: unknown; answer: MutationBatchAnswer | null }>;
}

export async function addPerson(
  db: Kysely<CentralDatabase>,
  name: string,
  role: PersonRole,
): Promise<string> {
  const id = newId();
  await db.insertInto('people').values({ id, name, role, pin_hash: null }).execute();
  return id;
}

/** The shop of setUpShop with MUG-1 stock in EAST, an EAST station and three people. */
export async function setUpStationFloor(t: TestApp, mugsInEast = 10): Promise<StationFloor> {
  const shop = await setUpShop(t, { 'MUG-1': mugsInEast });
  const db = t.db.db;
  const station = await addStation(db, { warehouseId: shop.east.id, name: 'East packing 1' });
  const people = {
    picker: await addPerson(db, 'Pat Picker', 'picker'),
    packer: await addPerson(db, 'Sam Packer', 'packer'),
    manager: await addPerson(db, 'Mo Manager', 'manager'),
  };
  return {
    shop,
    station,
    people,
    adjust: (payload = {}, envelope = {}) => ({
      id: newId(),
      kind: 'stock.adjust',
      personId: people.picker,
      createdAt: new Date().toISOString(),
      ...envelope,
      payload: {
        warehouseId: shop.east.id,
        binId: shop.east.binId,
        productId: shop.products['MUG-1'] ?? '',
        delta: -1,
        reason: 'damaged',
        ...payload,
      },
    }),
    send: async (mutations, token = station.token) => {
      const res = await t.request('POST', '/v1/mutations', { token, body: { mutations } });
      const parsed = MutationBatchAnswerSchema.safeParse(res.body);
      return { ...res, answer: res.status === 200 && parsed.success ? parsed.data : null };
    },
  };
}
