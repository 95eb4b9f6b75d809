/**
 * Images in the media store (a `BlobStore`: the data directory, or an S3 bucket). An upload
 * is sniffed from its bytes (never trusted from a name), held to a size and a pixel limit
 * before anything is decoded, turned upright by its EXIF orientation and encoded again
 * without any metadata — no camera, no GPS position, no editing history is kept — and stored
 * under the hash of what is stored. Derivatives, at the widths and formats pages ask for, are
 * made from it by sharp on first request and kept in the same store, so every instance
 * shares them.
 */
import { createHash } from 'node:crypto';
import type * as SharpModule from 'sharp';
import type { Metadata, OutputInfo, Sharp, SharpOptions } from 'sharp';
import type { Media } from '../content/types.js';
import { ValidationError } from '../errors.js';
import { DirectoryBlobStore, type BlobStore } from './blob-store.js';
import {
  cropRatios,
  cropSize,
  extensionOf,
  imageFormats,
  widthsFor,
  type CropRatio,
  type ImageFormat,
} from './urls.js';

export const maxUploadBytes = 20 * 1024 * 1024;
const maxInputPixels = 60_000_000;

/**
 * sharp, loaded when an image is first read or resized rather than when Midad starts:
 * libvips and its threads take some 30 MB, which a site serving its images from the media
 * store already resized need never pay.
 */
let sharpModule: Promise<typeof SharpModule> | null = null;

async function sharp(input: Buffer, options: SharpOptions): Promise<Sharp> {
  sharpModule ??= import('sharp');
  return (await sharpModule).default(input, options);
}

interface AcceptedFormat {
  ext: string;
  mime: string;
  /** Frames kept: GIF and WebP animations stay animated. */
  isAnimatable: boolean;
  /** Encodes the cleaned original; quality high enough to be the source of every derivative. */
  encode(image: Sharp): Sharp;
}

const acceptedFormats: Record<string, AcceptedFormat> = {
  jpeg: {
    ext: 'jpg',
    mime: 'image/jpeg',
    isAnimatable: false,
    encode: (image) => image.jpeg({ quality: 90, mozjpeg: true }),
  },
  png: { ext: 'png', mime: 'image/png', isAnimatable: false, encode: (image) => image.png() },
  webp: {
    ext: 'webp',
    mime: 'image/webp',
    isAnimatable: true,
    encode: (image) => image.webp({ quality: 90 }),
  },
  avif: {
    ext: 'avif',
    mime: 'image/avif',
    isAnimatable: false,
    encode: (image) => image.avif({ quality: 70 }),
  },
  gif: { ext: 'gif', mime: 'image/gif', isAnimatable: true, encode: (image) => image.gif() },
};

/** How the refusal names a format sharp can read but Midad does not take. */
const refusedFormatNames: Record<string, string> = {
  svg: 'SVG',
  heif: 'HEIC',
  tiff: 'TIFF',
  pdf: 'PDF',
  jp2: 'JPEG 2000',
  jxl: 'JPEG XL',
};

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

/** An upload checked and cleaned, with the bytes to store. */
export interface CleanImage extends StoredOriginal {
  bytes: Buffer;
}

async function readMetadata(bytes: Buffer): Promise<Metadata> {
  try {
    return await (await sharp(bytes, { limitInputPixels: false })).metadata();
  } catch {
    throw ValidationError.of('file', 'not_an_image');
  }
}

function acceptedFormatOf(metadata: Metadata): AcceptedFormat {
  // libheif reads AVIF and HEIC alike; only AV1-compressed HEIF is AVIF.
  const name =
    metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : metadata.format;
  const format = acceptedFormats[name ?? ''];
  if (format && metadata.width && metadata.height) return format;
  const refused = refusedFormatNames[metadata.format ?? ''];
  if (refused) throw ValidationError.of('file', 'unsupported_image_type', { type: refused });
  throw ValidationError.of('file', 'not_an_image');
}

/**
 * Refuses what would decode into more pixels than allowed — a small file declaring
 * 30000×30000, thousands of animation frames — before decoding any of it.
 */
function checkPixels(metadata: Metadata, frames: number): void {
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  if (width * height * frames > maxInputPixels) {
    throw ValidationError.of('file', 'too_many_pixels', {
      width,
      height,
      megapixels: maxInputPixels / 1_000_000,
    });
  }
}

/** Checks an upload is an image Midad accepts, and encodes it again without metadata. */
export async function cleanImage(bytes: Buffer): Promise<CleanImage> {
  if (bytes.length > maxUploadBytes) {
    throw ValidationError.of('file', 'file_too_large', {
      megabytes: maxUploadBytes / 1024 / 1024,
    });
  }
  const metadata = await readMetadata(bytes);
  const format = acceptedFormatOf(metadata);
  const isAnimated = format.isAnimatable && (metadata.pages ?? 1) > 1;
  checkPixels(metadata, isAnimated ? (metadata.pages ?? 1) : 1);
  let image = await sharp(bytes, { limitInputPixels: maxInputPixels, animated: isAnimated });
  // Upright by the EXIF orientation, which goes with the rest of the metadata.
  if (!isAnimated) image = image.autoOrient();
  let encoded: { data: Buffer; info: OutputInfo };
  try {
    encoded = await format.encode(image).toBuffer({ resolveWithObject: true });
  } catch {
    throw ValidationError.of('file', 'not_an_image');
  }
  const { data, info } = encoded;
  const hash = createHash('sha256').update(data).digest('hex');
  return {
    bytes: data,
    storageKey: `originals/${hash.slice(0, 2)}/${hash}.${format.ext}`,
    mime: format.mime,
    width: info.width,
    height: info.pageHeight ?? info.height,
    byteSize: data.length,
  };
}

function withoutBytes({ bytes: _bytes, ...stored }: CleanImage): StoredOriginal {
  return stored;
}

/** Where one derivative of one version of an image is kept. */
function derivativeKey(media: Pick<Media, 'id' | 'version'>, width: number, format: ImageFormat) {
  return `derived/${media.id}/v${media.version}/${width}.${extensionOf(format)}`;
}

function cropKey(media: Pick<Media, 'id' | 'version'>, ratio: CropRatio) {
  return `derived/${media.id}/v${media.version}/${ratio}.jpg`;
}

export class MediaStore {
  private readonly inFlight = new Map<string, Promise<Buffer>>();
  readonly blobs: BlobStore;

  /** On a blob store, or on a directory (`<data dir>/media`) given by its path. */
  constructor(blobs: BlobStore | string) {
    this.blobs = typeof blobs === 'string' ? new DirectoryBlobStore(blobs) : blobs;
  }

  /** Checks, cleans and stores an upload. Run before the transaction that records it. */
  async saveOriginal(bytes: Buffer): Promise<StoredOriginal> {
    const image = await cleanImage(bytes);
    await this.keep(image);
    return withoutBytes(image);
  }

  /**
   * Makes sure a cleaned image is stored: written when it is not there yet, left alone when
   * it is (the same bytes uploaded again). Safe to call again after the row is committed.
   */
  async keep(image: CleanImage): Promise<void> {
    if (!(await this.blobs.exists(image.storageKey))) {
      await this.blobs.put(image.storageKey, image.bytes, image.mime);
    }
  }

  /**
   * Deletes an original once no library entry uses it. An upload of the same bytes may be
   * recording a new entry at that very moment: if one appears while the bytes are deleted,
   * they are put back (and the upload itself puts them back if it looks after they went).
   */
  async reclaim(original: StoredOriginal, isUsed: () => Promise<boolean>): Promise<void> {
    if (await isUsed()) return;
    const bytes = await this.blobs.get(original.storageKey);
    if (bytes === null) return;
    await this.blobs.delete(original.storageKey);
    if (await isUsed()) await this.blobs.put(original.storageKey, bytes, original.mime);
  }

  /** Deletes the derivatives made of one version of an image (they are made again on request). */
  async removeDerivatives(media: Pick<Media, 'id' | 'version' | 'width'>): Promise<void> {
    const keys = [
      ...widthsFor(media).flatMap((width) =>
        imageFormats.map((format) => derivativeKey(media, width, format)),
      ),
      ...cropRatios.map((ratio) => cropKey(media, ratio)),
    ];
    await Promise.all(keys.map((key) => this.blobs.delete(key)));
  }

  /** The image at one width and format, made on first request and kept in the store. */
  async derivative(media: Media, width: number, format: ImageFormat): Promise<Buffer> {
    return this.made(media, derivativeKey(media, width, format), format, (image) =>
      image.resize({ width, withoutEnlargement: true }),
    );
  }

  /** A crop of the image (see `cropSize`), as a JPEG, made on first request and kept. */
  async crop(media: Media, ratio: CropRatio): Promise<Buffer> {
    const size = cropSize(media, ratio);
    return this.made(media, cropKey(media, ratio), 'jpeg', (image) =>
      image.resize({ ...size, fit: 'cover', position: 'attention' }),
    );
  }

  /** One derivative, read from the store or made by `shape` from the original and kept. */
  private async made(
    media: Media,
    key: string,
    format: ImageFormat,
    shape: (image: Sharp) => Sharp,
  ): Promise<Buffer> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const reading = this.readOrMake(media, key, format, shape).finally(() =>
      this.inFlight.delete(key),
    );
    this.inFlight.set(key, reading);
    return reading;
  }

  private async readOrMake(
    media: Media,
    key: string,
    format: ImageFormat,
    shape: (image: Sharp) => Sharp,
  ): Promise<Buffer> {
    const existing = await this.blobs.get(key);
    if (existing) return existing;
    const original = await this.blobs.get(media.storageKey);
    if (!original) throw new Error(`the original of image ${media.id} is missing`);
    // Originals stored before metadata was removed may still carry an EXIF orientation; sharp
    // writes derivatives without any metadata.
    let pipeline = shape(
      (await sharp(original, { limitInputPixels: maxInputPixels })).autoOrient(),
    );
    pipeline =
      format === 'avif'
        ? pipeline.avif({ quality: 55, effort: 3 })
        : format === 'webp'
          ? pipeline.webp({ quality: 78 })
          : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
    const bytes = await pipeline.toBuffer();
    await this.blobs.put(key, bytes, derivativeMime[format]);
    return bytes;
  }
}
