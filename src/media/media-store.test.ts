import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { MediaStore } from './media-store.js';

const root = mkdtempSync(path.join(tmpdir(), 'midad-media-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the media store', () => {
  it('stores the same picture many times at once, as one file', async () => {
    const store = new MediaStore(root);
    const bytes = await sharp({
      create: { width: 40, height: 30, channels: 3, background: '#336699' },
    })
      .png()
      .toBuffer();
    const stored = await Promise.all(Array.from({ length: 20 }, () => store.saveOriginal(bytes)));
    expect(new Set(stored.map((s) => s.storageKey)).size).toBe(1);
    const folder = path.join(root, path.dirname(stored[0]?.storageKey ?? ''));
    // No temporary file left behind.
    expect(readdirSync(folder)).toEqual([path.basename(stored[0]?.storageKey ?? '')]);
  });

  it('refuses what is not an image, whatever its name says', async () => {
    const store = new MediaStore(root);
    await expect(store.saveOriginal(Buffer.from('<svg onload=alert(1)>'))).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
