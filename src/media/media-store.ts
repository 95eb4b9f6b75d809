/**
 * Image files on disk under `<data dir>/media`: originals named by their content hash
 * (never by a user-supplied name), and derivatives at the widths and formats pages ask for,
 * made once by sharp and kept.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { Media } from '../content/types.js';
import { ValidationError } from '../errors.js';
import type { ImageFormat } from './urls.js';

const maxUploadBytes = 20 * 1024 * 1024;
const maxInputPixels = 60_000_000;
const acceptedFormats = new Map([
  ['jpeg', { ext: 'jpg', mime: 'image/jpeg' }],
  ['png', { ext: 'png', mime: 'image/png' }],
  ['webp', { ext: 'webp', mime: 'image/webp' }],
  ['avif', { ext: 'avif', mime: 'image/avif' }],
  ['heif', { ext: 'avif', mime: 'image/avif' }],
  ['gif', { ext: 'gif', mime: 'image/gif' }],
]);

export const derivativeMime: Record<ImageFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};

export interface StoredOriginal {
  storageKey: string;
  mime: string;
  width: number;
  height: number;
  byteSize: number;
}

export class MediaStore {
  private readonly inFlight = new Map<string, Promise<Buffer>>();

  constructor(readonly root: string) {}

  /** Checks the bytes are an image Midad accepts (sniffed, not trusted from a name) and stores them. */
  async saveOriginal(bytes: Buffer): Promise<StoredOriginal> {
    if (bytes.length > maxUploadBytes) {
      throw ValidationError.of('file', 'file_too_large', {
        megabytes: maxUploadBytes / 1024 / 1024,
      });
    }
    let metadata: Metadata;
    try {
      metadata = await sharp(bytes, { limitInputPixels: maxInputPixels }).metadata();
    } catch {
      throw ValidationError.of('file', 'not_an_image');
    }
    const format = acceptedFormats.get(metadata.format ?? '');
    if (!format || !metadata.width || !metadata.height) {
      throw ValidationError.of('file', 'not_an_image');
    }
    if (metadata.width * metadata.height > maxInputPixels) {
      throw ValidationError.of('file', 'too_many_pixels');
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const storageKey = `originals/${hash.slice(0, 2)}/${hash}.${format.ext}`;
    await this.writeAtomically(this.resolve(storageKey), bytes);
    return {
      storageKey,
      mime: format.mime,
      width: metadata.width,
      height: metadata.height,
      byteSize: bytes.length,
    };
  }

  /** The image at one width and format, made on first request and kept on disk. */
  async derivative(media: Media, width: number, format: ImageFormat): Promise<Buffer> {
    const key = `derived/${media.id}/${width}.${format}`;
    const file = this.resolve(key);
    const existing = await readFile(file).catch(() => null);
    if (existing) return existing;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const making = this.makeDerivative(media, width, format, file).finally(() =>
      this.inFlight.delete(key),
    );
    this.inFlight.set(key, making);
    return making;
  }

  private async makeDerivative(
    media: Media,
    width: number,
    format: ImageFormat,
    file: string,
  ): Promise<Buffer> {
    const original = await readFile(this.resolve(media.storageKey));
    let pipeline = sharp(original, { limitInputPixels: maxInputPixels })
      .rotate()
      .resize({ width, withoutEnlargement: true });
    pipeline =
      format === 'avif'
        ? pipeline.avif({ quality: 55, effort: 3 })
        : format === 'webp'
          ? pipeline.webp({ quality: 78 })
          : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
    const bytes = await pipeline.toBuffer();
    await this.writeAtomically(file, bytes);
    return bytes;
  }

  private resolve(storageKey: string): string {
    const file = path.resolve(this.root, storageKey);
    if (!file.startsWith(path.resolve(this.root) + path.sep))
      throw new Error(`bad storage key ${storageKey}`);
    return file;
  }

  private async writeAtomically(file: string, bytes: Buffer): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    // A name of its own for every write: two writes of the same file at the same moment (the
    // same picture stored twice, two hosts on one shared directory) must not share one.
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  }
}
