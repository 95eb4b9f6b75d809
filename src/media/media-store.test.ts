import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { presentError, ValidationError } from '../errors.js';
import { MediaStore } from './media-store.js';

const root = mkdtempSync(path.join(tmpdir(), 'midad-media-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const moment = (date: Date) => date.toISOString();

/** The refusal as an Arabic and an English reader get it. */
async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const [ar, en] = (['ar', 'en'] as const).map(
    (locale) => presentError(error as ValidationError, locale, moment).fields?.[0],
  );
  return { rule: ar?.rule, ar: ar?.message ?? '', en: en?.message ?? '' };
}

function picture(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#336699' } });
}

/** A photo as a phone takes it: camera, GPS position, and turned by its EXIF orientation. */
function phonePhoto() {
  return picture(60, 40)
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Orientation: '6' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '33/1 53/1 21/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '35/1 30/1 17/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Whether EXIF data points to a GPS block (tag 0x8825, in either byte order). */
function hasGpsBlock(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));
}

/** A valid 1×1 PNG whose header says it is 30000×30000 pixels: a few dozen bytes. */
async function pngBomb(): Promise<Buffer> {
  const png = Buffer.from(await picture(1, 1).png().toBuffer());
  const header = 8 + 4; // signature, then the IHDR chunk's length
  png.writeUInt32BE(30_000, header + 4);
  png.writeUInt32BE(30_000, header + 8);
  png.writeUInt32BE(crc32(png.subarray(header, header + 4 + 13)), header + 4 + 13);
  return png;
}

function storedOriginals(): string[] {
  const folder = path.join(root, 'originals');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

describe('the media store', () => {
  it('stores the same picture many times at once, as one file', async () => {
    const store = new MediaStore(root);
    const bytes = await picture(40, 30).png().toBuffer();
    const stored = await Promise.all(Array.from({ length: 20 }, () => store.saveOriginal(bytes)));
    expect(new Set(stored.map((s) => s.storageKey)).size).toBe(1);
    const folder = path.join(root, path.dirname(stored[0]?.storageKey ?? ''));
    // No temporary file left behind.
    expect(readdirSync(folder)).toEqual([path.basename(stored[0]?.storageKey ?? '')]);
  });

  it('keeps no camera, no GPS position and no orientation flag, and turns the photo upright', async () => {
    const store = new MediaStore(root);
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect(hasGpsBlock(before.exif)).toBe(true);
    expect(photo.includes('PhoneMaker')).toBe(true);

    const stored = await store.saveOriginal(photo);
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 40, height: 60 });
    const original = await store.blobs.get(stored.storageKey);
    const after = await sharp(original ?? Buffer.alloc(0)).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 40, height: 60 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(original?.includes('PhoneMaker')).toBe(false);

    const media = { ...stored, id: 1, version: 1, alt: 'صورة', caption: null, credit: null };
    for (const format of ['jpeg', 'webp', 'avif'] as const) {
      const derivative = await sharp(await store.derivative(media, 40, format)).metadata();
      expect(derivative.exif, format).toBeUndefined();
      expect([derivative.width, derivative.height], format).toEqual([40, 60]);
    }
  });

  it('keeps a GIF animated, and shows its first frame at every derivative width', async () => {
    const store = new MediaStore(root);
    const frame = (colour: string) =>
      sharp({ create: { width: 30, height: 20, channels: 4, background: colour } })
        .png()
        .toBuffer();
    const gif = await sharp([await frame('#c00'), await frame('#0c0'), await frame('#00c')], {
      join: { animated: true },
    })
      .gif()
      .toBuffer();
    const stored = await store.saveOriginal(gif);
    expect(stored).toMatchObject({ mime: 'image/gif', width: 30, height: 20 });
    const original = await store.blobs.get(stored.storageKey);
    expect((await sharp(original ?? Buffer.alloc(0)).metadata()).pages).toBe(3);
    const media = { ...stored, id: 2, version: 1, alt: 'صورة', caption: null, credit: null };
    const still = await sharp(await store.derivative(media, 30, 'jpeg')).metadata();
    expect([still.width, still.height]).toEqual([30, 20]);
  });

  it('refuses a small file that declares 30000×30000 pixels, before decoding it', async () => {
    const before = storedOriginals();
    const bomb = await pngBomb();
    expect(bomb.length).toBeLessThan(200);
    const refused = await refusal(new MediaStore(root).saveOriginal(bomb));
    expect(refused.rule).toBe('too_many_pixels');
    expect(refused.ar).toBe(
      'الملف: أبعاد الصورة (٣٠٠٠٠×٣٠٠٠٠ بكسل) أكبر من المسموح، وهو ٦٠ مليون بكسل.',
    );
    expect(refused.en).toBe(
      'File: the image (30000×30000 pixels) has more than the 60 million pixels allowed.',
    );
    expect(storedOriginals()).toEqual(before);
  });

  it('refuses SVG and other formats by name, saying which are accepted', async () => {
    const store = new MediaStore(root);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>',
    );
    const refusedSvg = await refusal(store.saveOriginal(svg));
    expect(refusedSvg.rule).toBe('unsupported_image_type');
    expect(refusedSvg.ar).toBe(
      'الملف: صور SVG غير مقبولة؛ ارفع صورة JPEG أو PNG أو WebP أو AVIF أو GIF.',
    );
    expect(refusedSvg.en).toBe(
      'File: SVG images are not accepted; upload a JPEG, PNG, WebP, AVIF or GIF image.',
    );
    const tiff = await picture(10, 10).tiff().toBuffer();
    expect((await refusal(store.saveOriginal(tiff))).en).toContain('TIFF images are not accepted');
  });

  it('refuses what is not an image, whatever its name says', async () => {
    const store = new MediaStore(root);
    const refused = await refusal(store.saveOriginal(Buffer.from('<svg onload=alert(1)>')));
    expect(refused.rule).toBe('not_an_image');
    expect(refused.en).toBe('File: not an image that can be read (JPEG, PNG, WebP, AVIF or GIF).');
    const truncated = (await picture(200, 200).jpeg().toBuffer()).subarray(0, 300);
    expect((await refusal(store.saveOriginal(truncated))).rule).toBe('not_an_image');
  });

  it('refuses a file over 20 MB without reading it as an image', async () => {
    const refused = await refusal(
      new MediaStore(root).saveOriginal(Buffer.alloc(20 * 1024 * 1024 + 1)),
    );
    expect(refused.ar).toBe('الملف: الملف أكبر من ٢٠ ميغابايت.');
  });
});
