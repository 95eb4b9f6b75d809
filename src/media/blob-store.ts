/**
 * Where image bytes are kept, behind one small interface: whole objects put, read, looked for
 * and deleted by key (`originals/ab/ab12….jpg`, `derived/12/v2/640.webp`). The data directory
 * is the default (`DirectoryBlobStore`); an S3-compatible bucket (`S3BlobStore`) lets several
 * instances share originals and derivatives alike. Keys are made by the media store, never
 * taken from a user.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface BlobStore {
  /** Stores `bytes` under `key`, replacing what was there; readers never see half of it. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Removes `key`; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Checks a key is relative and stays inside the store: letters, digits, `.`, `_`, `-`, `/`. */
export function checkKey(key: string): string {
  const isSafe =
    /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(key) &&
    key.split('/').every((part) => part !== '.' && part !== '..');
  if (!isSafe) throw new Error(`bad storage key ${JSON.stringify(key)}`);
  return key;
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'ENOENT';
}

/** Files under a directory (`<data dir>/media`), one file per key. */
export class DirectoryBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // A name of its own for every write: two writes of the same file at the same moment (the
    // same picture stored twice, two hosts on one shared directory) must not share one.
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.fileOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.fileOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }

  private fileOf(key: string): string {
    return path.join(this.root, checkKey(key));
  }
}
