/**
 * Both blob stores keep the same promises: the data directory, and an S3 bucket reached
 * through the AWS SDK (here an S3-compatible server in the test process, which checks every
 * request's signature as S3 does). Credentials come from the SDK's usual environment variables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startS3Fake, type S3Fake } from '../test-support/s3-fake.js';
import { DirectoryBlobStore, type BlobStore } from './blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

const credentials = { accessKeyId: 'AKIDMIDADTEST', secretAccessKey: 'a-test-secret' };
const bucket = { bucket: 'news-media', region: 'eu-west-1' };
let fake: S3Fake;
const root = mkdtempSync(path.join(tmpdir(), 'midad-blobs-'));
const s3Stores: S3BlobStore[] = [];

function s3Store(prefix = 'midad/'): S3BlobStore {
  const store = new S3BlobStore({ ...bucket, endpoint: fake.endpoint, prefix });
  s3Stores.push(store);
  return store;
}

beforeAll(async () => {
  fake = await startS3Fake({ ...bucket, ...credentials });
  vi.stubEnv('AWS_ACCESS_KEY_ID', credentials.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey);
});
afterAll(async () => {
  await Promise.all(s3Stores.map((store) => store.close()));
  await fake.close();
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

const stores: [string, () => BlobStore][] = [
  ['the data directory', () => new DirectoryBlobStore(root)],
  ['an S3 bucket', () => s3Store()],
];

describe.each(stores)('a blob store in %s', (_name, makeStore) => {
  it('gives back what was put, replaces it, and forgets it when deleted', async () => {
    const store = makeStore();
    const key = 'originals/ab/ab12.jpg';
    expect(await store.exists(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    await store.put(key, Buffer.from('first'), 'image/jpeg');
    expect(await store.exists(key)).toBe(true);
    expect((await store.get(key))?.toString()).toBe('first');
    await store.put(key, Buffer.from('second'), 'image/jpeg');
    expect((await store.get(key))?.toString()).toBe('second');
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it('keeps binary bytes exactly', async () => {
    const store = makeStore();
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await store.put('derived/1/v1/320.webp', bytes, 'image/webp');
    expect((await store.get('derived/1/v1/320.webp'))?.equals(bytes)).toBe(true);
  });

  it('refuses keys that would leave the store', async () => {
    const store = makeStore();
    for (const key of ['../escape.jpg', 'originals/../../x', '/absolute', 'a//b', 'ملف.jpg', '']) {
      await expect(store.put(key, Buffer.from('x'), 'image/jpeg'), key).rejects.toThrow(
        'bad storage key',
      );
    }
  });
});

describe('the S3 blob store', () => {
  it('writes under its prefix, with the content type, path-style in the named bucket', async () => {
    await s3Store('site-a/').put('originals/cd/cd34.png', Buffer.from('png'), 'image/png');
    expect(fake.objects.get('site-a/originals/cd/cd34.png')).toMatchObject({
      contentType: 'image/png',
      body: Buffer.from('png'),
    });
    expect(await s3Store('site-b/').exists('originals/cd/cd34.png')).toBe(false);
  });

  it('is refused with wrong credentials, and never takes a refusal for a missing object', async () => {
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'not-the-secret');
    const store = s3Store();
    await expect(store.put('originals/x.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow(
      /SignatureDoesNotMatch|signature/i,
    );
    await expect(store.exists('originals/x.jpg')).rejects.toThrow();
    await expect(store.get('originals/x.jpg')).rejects.toThrow();
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey);
  });
});
