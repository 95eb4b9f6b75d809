import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresUrl } from '../test-support/databases.js';
import { run } from './main.js';

const dirs: string[] = [];
function emptyDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'midad-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function midad(args: string[], env: Record<string, string>, stdin = '') {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await run(args, env, {
    print: (line) => void lines.push(line),
    error: (line) => void errors.push(line),
    readSecret: async () => stdin,
    isInteractive: false,
  });
  return { code, out: lines.join('\n'), err: errors.join('\n') };
}

describe('midad command', () => {
  it('refuses a bad setting with one line naming it, exit code 2, and writes nothing', async () => {
    const dir = emptyDir();
    const dataDir = path.join(dir, 'data');
    for (const [name, value] of [
      ['PORT', 'http'],
      ['MIDAD_DATABASE_URL', 'mysql://localhost/news'],
      ['MIDAD_PUBLIC_URL', 'news.example'],
      ['MIDAD_DEMO', 'perhaps'],
    ] as const) {
      for (const command of ['serve', 'migrate', 'demo', 'doctor']) {
        const result = await midad([command], { MIDAD_DATA_DIR: dataDir, [name]: value });
        expect(result.code, `${command} ${name}`).toBe(2);
        expect(result.err.split('\n'), `${command} ${name}`).toHaveLength(1);
        expect(result.err).toContain(name);
      }
    }
    expect(existsSync(dataDir)).toBe(false);
  });

  it('rejects unknown commands and arguments with usage and exit code 2', async () => {
    const env = { MIDAD_DATA_DIR: emptyDir() };
    expect((await midad(['frobnicate'], env)).code).toBe(2);
    expect((await midad(['migrate', '--now'], env)).code).toBe(2);
    expect((await midad([], env)).code).toBe(2);
    expect((await midad(['help'], env)).out).toContain('doctor');
  });

  it('doctor reports a database not yet created without creating it', async () => {
    const dataDir = path.join(emptyDir(), 'data');
    const result = await midad(['doctor'], { MIDAD_DATA_DIR: dataDir });
    expect(result.code).toBe(0);
    expect(result.out).toContain('not created yet');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('migrate creates the SQLite database, and doctor then shows it migrated', async () => {
    const dataDir = emptyDir();
    const env = { MIDAD_DATA_DIR: dataDir };
    const first = await midad(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Ran 2 migration(s)');
    expect(readdirSync(dataDir)).toContain('midad.db');
    expect((await midad(['migrate'], env)).out).toBe('The database schema is up to date.');
    const doctor = await midad(['doctor'], env);
    expect(doctor.out).toMatch(/dialect: sqlite/);
    expect(doctor.out).toMatch(/server: {2}SQLite 3\.\d+/);
    expect(doctor.out).toContain('2 applied, 0 pending');
  });

  it.skipIf(!postgresUrl)(
    'doctor reports the PostgreSQL server and its migration state',
    async () => {
      const doctor = await midad(['doctor'], {
        MIDAD_DATA_DIR: emptyDir(),
        MIDAD_DATABASE_URL: postgresUrl ?? '',
      });
      expect(doctor.code).toBe(0);
      expect(doctor.out).toContain('dialect: postgres');
      expect(doctor.out).toMatch(/server: {2}PostgreSQL \d+\.\d+/);
      expect(doctor.out).toMatch(/Migrations: \d+ applied, \d+ pending/);
    },
  );

  it('doctor says clearly when PostgreSQL cannot be reached', async () => {
    const doctor = await midad(['doctor'], {
      MIDAD_DATA_DIR: emptyDir(),
      MIDAD_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(doctor.code).toBe(1);
    expect(doctor.err).toContain('cannot reach the database');
  });
});
