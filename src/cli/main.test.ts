import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(first.out).toContain('Ran 7 migration(s)');
    expect(readdirSync(dataDir)).toContain('midad.db');
    expect((await midad(['migrate'], env)).out).toBe('The database schema is up to date.');
    const doctor = await midad(['doctor'], env);
    expect(doctor.out).toMatch(/dialect: sqlite/);
    expect(doctor.out).toMatch(/server: {2}SQLite 3\.\d+/);
    expect(doctor.out).toContain('7 applied, 0 pending');
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

describe('midad user, token and article', () => {
  it('creates users with a password from standard input, never from the command line', async () => {
    const env = { MIDAD_DATA_DIR: emptyDir() };
    const created = await midad(
      [
        'user',
        'create',
        '--email',
        'Layla@News.Example',
        '--name',
        'ليلى حداد',
        '--role',
        'editor',
      ],
      env,
      'كلمة سر طويلة جدًا',
    );
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toBe('Created editor ليلى حداد <layla@news.example> (user 1).');
    const weak = await midad(
      ['user', 'create', '--email', 'x@news.example', '--name', 'x', '--role', 'author'],
      env,
      'short',
    );
    expect(weak.code).toBe(2);
    expect(weak.err).toBe(
      'midad user create: Password: the password is too short; at least 10 characters.',
    );
    const noArgs = await midad(['user', 'create', '--email', 'y@news.example'], env);
    expect(noArgs).toMatchObject({ code: 2, err: 'midad user create: missing --name, --role' });
    const unknownFlag = await midad(['user', 'create', '--password', 'secret123456'], env);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.err).toContain("Unknown option '--password'");
    const list = await midad(['user', 'list'], env);
    expect(list.out).toContain('layla@news.example');
    expect(list.out).toContain('editor');
    const disabled = await midad(['user', 'disable', '--email', 'layla@news.example'], env);
    expect(disabled.out).toContain('Disabled ليلى حداد');
    expect((await midad(['user', 'list'], env)).out).toContain('disabled');
  });

  it('prints a token once, lists tokens without them, and revokes', async () => {
    const env = { MIDAD_DATA_DIR: emptyDir() };
    await midad(
      ['user', 'create', '--email', 'a@news.example', '--name', 'كاتب', '--role', 'author'],
      env,
      'كلمة سر طويلة جدًا',
    );
    const needsUser = await midad(['token', 'create', '--name', 'wire', '--role', 'author'], env);
    expect(needsUser.code).toBe(2);
    expect(needsUser.err).toContain('author and contributor tokens act for a user');
    const created = await midad(
      ['token', 'create', '--name', 'wire', '--role', 'author', '--user', 'a@news.example'],
      env,
    );
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^mdt_[\w-]{20,}$/);
    expect(created.err).toContain('shown only this once');
    const list = await midad(['token', 'list'], env);
    expect(list.out).toContain('wire');
    expect(list.out).not.toContain(created.out);
    expect((await midad(['token', 'revoke', '1'], env)).out).toBe('Revoked token 1 (wire).');
    expect((await midad(['token', 'list'], env)).out).toContain('revoked');
    expect((await midad(['token', 'revoke', 'abc'], env)).code).toBe(2);
  });

  it('runs due jobs once for cron, and explains every level with --help', async () => {
    const env = { MIDAD_DATA_DIR: emptyDir() };
    expect((await midad(['article', 'publish-due'], env)).out).toBe('Nothing was due.');
    expect((await midad(['--help'], env)).out).toContain('token');
    expect((await midad(['user', '--help'], env)).out).toContain('disable');
    const help = await midad(['user', 'create', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--email');
    expect((await midad(['user', 'frobnicate'], env)).code).toBe(2);
  });

  it('backs a site up into a new folder and restores it, saying what it did', async () => {
    const dir = emptyDir();
    const env = { MIDAD_DATA_DIR: path.join(dir, 'data') };
    expect((await midad(['migrate'], env)).code).toBe(0);
    const out = path.join(dir, 'backup');
    const made = await midad(['backup', '--out', out], env);
    expect(made.code).toBe(0);
    expect(made.out).toBe(`Backed up 0 article(s), 7 migration(s) and 0 media file(s) to ${out}`);
    expect(readdirSync(out).sort()).toEqual(['database.sqlite', 'manifest.json', 'media']);
    const again = await midad(['backup', '--out', out], env);
    expect([again.code, again.err]).toEqual([
      1,
      `midad backup: ${out} already exists; name a new folder`,
    ]);

    const elsewhere = { MIDAD_DATA_DIR: path.join(dir, 'elsewhere') };
    const restored = await midad(['restore', out], elsewhere);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(
      /^Restored 0 article\(s\) and 0 media file\(s\) from the backup of /,
    );
    expect(existsSync(path.join(dir, 'elsewhere', 'midad.db'))).toBe(true);
    expect((await midad(['restore'], elsewhere)).code).toBe(2);
    const notBackup = await midad(['restore', dir], elsewhere);
    expect(notBackup.code).toBe(1);
    expect(notBackup.err).toContain('is not a Midad backup');
  });

  it('imports a saved page as a draft, or published, and says where it is', async () => {
    const dir = emptyDir();
    const env = { MIDAD_DATA_DIR: path.join(dir, 'data'), MIDAD_DEMO: '0' };
    const page = path.join(dir, 'page.txt');
    writeFileSync(
      page,
      [
        'Contact Us',
        'جريدة الساحل',
        'أسواق',
        'المؤشر يغلق على ارتفاع بدعم من أسهم المصارف',
        'market_photo-01.jpg',
        'أغلق المؤشر العام جلسة اليوم على ارتفاع واضح بدعم من مشتريات المستثمرين في المصارف.',
        'وبقيت أحجام التداول قريبة من متوسطها الشهري بحسب بيانات السوق المنشورة مساء اليوم.',
        'المؤشر يغلق على ارتفاع بدعم من أسهم... | جريدة الساحل',
      ].join('\n\n'),
    );
    const draft = await midad(['import', 'page', page], env);
    expect(draft.code).toBe(0);
    expect(draft.out.split('\n')).toEqual([
      'Imported «المؤشر يغلق على ارتفاع بدعم من أسهم المصارف» as a draft, article 1: http://localhost:3000/admin/articles/1',
      '2 paragraph(s), source جريدة الساحل.',
      "The page's section «أسواق» is not one of the site's; choose one in the newsroom.",
    ]);
    const published = await midad(['import', 'page', page, '--publish'], env);
    expect(published.out).toContain('as published, article 2');
    expect(published.out).toMatch(/Readers see it at http:\/\/localhost:3000\/article\/2\//);
    const missing = await midad(['import', 'page', path.join(dir, 'nothing.txt')], env);
    expect([missing.code, missing.err]).toEqual([
      1,
      `midad import page: cannot read ${path.join(dir, 'nothing.txt')}: ENOENT`,
    ]);
    expect((await midad(['import', 'page'], env)).code).toBe(2);
  });
});
