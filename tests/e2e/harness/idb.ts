import type { Page } from 'puppeteer-core';

/** The extension's database (lib/db/database.ts). */
const DATABASE = 'asistencia-companion';

/**
 * Every row of one table of the extension's database, read from an extension page with plain
 * IndexedDB (what the background stored, not what a page shows).
 */
export async function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name, store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    DATABASE,
    table,
  );
}
