import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './main.js';

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
