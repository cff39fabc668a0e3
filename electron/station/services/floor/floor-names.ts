import type BetterSqlite3 from 'better-sqlite3';

/**
 * Names for the floor screens. People come from the synced people; a station is named by the
 * tag its pick-list numbers carry (W-AB12-…), and this station by its own name.
 */
export function createFloorNames(sqlite: BetterSqlite3.Database, ownStationId: string) {
  const person = sqlite.prepare<[string], { name: string }>(
    `SELECT name FROM synced_people WHERE id = ?`,
  );
  const ownName = sqlite.prepare<[], { value: string }>(
    `SELECT value FROM settings WHERE key = 'station.name'`,
  );
  return {
    personName(personId: string): string {
      return person.get(personId)?.name ?? 'Someone at another station';
    },
    stationName(stationId: string): string {
      if (stationId === ownStationId) {
        const raw = ownName.get()?.value;
        const parsed: unknown = raw === undefined ? null : JSON.parse(raw);
        if (typeof parsed === 'string' && parsed !== '') return parsed;
      }
      return `Station ${stationTag(stationId)}`;
    },
  };
}

/** The last four hex digits of a station id: random in a UUIDv7, so they tell stations apart. */
export function stationTag(stationId: string): string {
  return stationId.replaceAll('-', '').slice(-4).toUpperCase();
}
