/** Site settings, stored as one JSON value per key. */
import { Repository } from '../db/repository.js';

export class SettingsRepository extends Repository {
  async getAll(): Promise<Map<string, unknown>> {
    const rows = await this.db.selectFrom('setting').selectAll().execute();
    const values = new Map<string, unknown>();
    for (const row of rows) {
      const value = parsed(row.value);
      if (value !== undefined) values.set(row.key, value);
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
    return row && parsed(row.value);
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

/** A stored value; one that is not JSON is ignored (undefined), and its default applies. */
function parsed(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}
