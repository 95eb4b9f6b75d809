import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './main.js';
import { progressLine } from './search-commands.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function midad(args: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'midad-search-'));
  dirs.push(dir);
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await run(
    args,
    { MIDAD_DATA_DIR: path.join(dir, 'data') },
    {
      print: (line) => void lines.push(line),
      error: (line) => void errors.push(line),
      readSecret: () => Promise.resolve(''),
      isInteractive: false,
    },
  );
  return { code, lines, err: errors.join('\n') };
}

describe('midad search analyze', () => {
  it('prints each word as written, normalized and stemmed, in aligned columns', async () => {
    const { code, lines } = await midad(['search', 'analyze', 'وزارةُ الطاقة في OPEC’s']);
    expect(code).toBe(0);
    expect(lines.map((line) => line.split(/\s{2,}/))).toEqual([
      ['offsets', 'written', 'normalized', 'term'],
      ['0-6', 'وزارةُ', 'وزاره', 'وزار'],
      ['7-13', 'الطاقة', 'الطاقه', 'طاق'],
      ['14-16', 'في', 'في', 'في', 'stopword'],
      ['17-23', 'OPEC’s', 'opec', 'opec'],
    ]);
    const columnOfTerm = lines.map((line) => {
      const gaps = [...line.matchAll(/\s{2,}/g)];
      const at = (gaps[2]?.index ?? 0) + (gaps[2]?.[0].length ?? 0);
      return [...line.slice(0, at).replace(/\p{M}/gu, '')].length;
    });
    expect(new Set(columnOfTerm).size).toBe(1);
  });

  it('says so when the text has no words, and refuses no text with exit code 2', async () => {
    expect((await midad(['search', 'analyze', '،؛؟ ...'])).lines).toEqual([
      'No words in that text.',
    ]);
    const missing = await midad(['search', 'analyze']);
    expect(missing.code).toBe(2);
    expect(missing.err.split('\n')).toHaveLength(1);
  });

  it('is listed in the help of midad search', async () => {
    const { code, lines } = await midad(['search', '--help']);
    expect(code).toBe(0);
    expect(lines.join('\n')).toContain('analyze');
  });
});

describe('midad search reindex', () => {
  it('indexes every published article of the demo site with a progress line, and again without change', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'midad-reindex-'));
    dirs.push(dir);
    const env = { MIDAD_DATA_DIR: path.join(dir, 'data') };
    const io = (lines: string[]) => ({
      print: (line: string) => void lines.push(line),
      error: (line: string) => void lines.push(line),
      readSecret: () => Promise.resolve(''),
      isInteractive: false,
    });
    expect(await run(['demo'], env, io([]))).toBe(0);
    for (let round = 0; round < 2; round++) {
      const lines: string[] = [];
      expect(await run(['search', 'reindex'], env, io(lines))).toBe(0);
      expect(lines.at(-2)).toMatch(/^\[#{20}\] 33\/33 100% · \d+ articles\/s · 0 s left$/);
      expect(lines.at(-1)).toMatch(/^Indexed 33 published article\(s\) in \d+\.\d s\.$/);
    }
  });

  it('writes a progress line with its rate and time left', () => {
    expect(progressLine(250, 1000, 1000)).toBe(
      '[#####...............] 250/1000 25% · 250 articles/s · 3 s left',
    );
    expect(progressLine(0, 0, 0)).toBe('[####################] 0/0 100% · 0 articles/s · 0 s left');
  });
});
