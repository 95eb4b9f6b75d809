/** Site settings, stored as one JSON value per key. */
import { Repository } from '../db/repository.js';

export class SettingsRepository extends Repository {
  async getAll(): Promise<Map<string, unknown>> {
    const rows = await this.db.selectFrom('setting').selectAll().execute();
    const values = new Map<string, unknown>();
    for (const row of rows) {
      try {
        values.set(row.key, JSON.parse(row.value));
      } catch {
        // A value that is not JSON is ignored, and its default applies.
      }
    }
    return values;
  }

  /** One stored value, or undefined when it is missing or not JSON. */
  async get(key: string): Promise<unknown> {
    const row = await this.db
      .selectFrom('setting')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) return undefined;
    try {
      return JSON.parse(row.value);
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    await this.writer
      .insertInto('setting')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
  }
}
