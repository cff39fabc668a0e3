/** Kysely's view of the station database. Row types stay inside the repositories. */
export interface StationDatabase {
  settings: SettingsTable;
  activity_log: ActivityLogTable;
  schema_migrations: SchemaMigrationsTable;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ActivityLogTable {
  id: string;
  at: string;
  kind: string;
  actor: string;
  summary: string;
  detail: string;
}

export interface SchemaMigrationsTable {
  id: number;
  name: string;
  checksum: string;
  applied_at: string;
}
