// Picks the storage adapter from the configuration (PostgreSQL when a URL is given, else SQLite) and migrates it.
import type { Store } from './store';
import { sqliteStore } from './sqlite/sqliteStore';

export interface StoreConfig {
  dataDir: string;
  /**
   * postgres://user@host:port/db — add `?schema=name` to keep Charcha's tables in that schema
   * (created when missing; used as search_path). Without it the server's default search_path applies.
   */
  databaseUrl: string | null;
}

export async function openStore(config: StoreConfig): Promise<Store> {
  let store: Store;
  if (config.databaseUrl) {
    const { postgresStore } = await import('./postgres/postgresStore');
    store = postgresStore({ url: config.databaseUrl });
  } else {
    store = sqliteStore({ dataDir: config.dataDir });
  }
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  return store;
}
