/**
 * A second process for SQLite locking tests: runs read-then-write transactions on the
 * database file given as its argument, and prints how many it committed and which failed.
 * Run with tsx: `tsx src/test-support/sqlite-writer.ts <file> <count> <start time in ms>`;
 * it waits for the start time, so that both processes really write at the same moment.
 */
import { openDatabase } from '../db/database.js';

const [file = '', countText = '20', startText = '0'] = process.argv.slice(2);
const db = openDatabase({ dialect: 'sqlite', file });
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startText) - Date.now())));
let committed = 0;
const failures: string[] = [];
for (let i = 0; i < Number(countText); i++) {
  try {
    await db.transaction(async (trx) => {
      const row = await trx
        .selectFrom('setting')
        .select('value')
        .where('key', '=', 'counter')
        .executeTakeFirst();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const next = Number(row?.value ?? '0') + 1;
      await trx
        .insertInto('setting')
        .values({ key: 'counter', value: String(next) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(next) }))
        .execute();
    });
    committed++;
  } catch (error) {
    failures.push((error as { code?: string }).code ?? String(error));
  }
}
await db.close();
console.log(JSON.stringify({ committed, failures }));
