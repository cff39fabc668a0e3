import type BetterSqlite3 from 'better-sqlite3';
import type { HandlerMap } from '../../contract/handler-map';
import { listOutboxEntries } from './outbox-entries';

export function createOutboxHandlers(deps: {
  sqlite: BetterSqlite3.Database;
  retryNow: () => void;
}): HandlerMap<'outbox.list' | 'outbox.retryNow'> {
  return {
    'outbox.list': (query) => listOutboxEntries(deps.sqlite, query),
    'outbox.retryNow': () => {
      deps.retryNow();
      return null;
    },
  };
}
