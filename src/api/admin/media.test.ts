/**
 * The media library through HTTP, as the newsroom's pages and scripts use it: uploads as
 * multipart/form-data (with a token, or a session cookie and its CSRF token), the library's
 * Arabic-aware search, descriptions by whom may change them, new images at new addresses,
 * deletion while articles show an image — and, on an S3 bucket, originals and derivatives
 * shared by every instance.
 */
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MediaStore } from '../../media/media-store.js';
import { S3BlobStore } from '../../media/s3-blob-store.js';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import {
  adminApi,
  doc,
  seedNewsroom,
  testPassword,
  type Member,
  type Newsroom,
} from '../../test-support/newsroom.js';
import { startS3Fake, type S3Fake } from '../../test-support/s3-fake.js';

interface FieldError {
  field: string;
  rule: string;
  message: string;
}
interface Answer {
  [key: string]: unknown;
  id: number;
  version: number;
  src: string;
  srcset: string;
  error: { code: string; message: string; fields?: FieldError[] };
}
interface FilePart {
  name: string;
  bytes: Buffer;
  type?: string;
  field?: string;
}

/** A multipart/form-data body as a browser's form or `curl -F` sends it. */
function formData(fields: Record<string, string>, files: FilePart[]) {
  const boundary = `----midad${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      Buffer.from(value),
      Buffer.from('\r\n'),
    );
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; ` +
          `filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

let shade = 0;
/** A picture no other test uploads. */
function picture(width = 1000, height = 600): Promise<Buffer> {
  shade += 1;
  return sharp({
    create: { width, height, channels: 3, background: { r: shade % 255, g: 120, b: 30 } },
  })
    .png()
    .toBuffer();
}

/** A photo as a phone takes it, with the camera and where it was taken. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 500, channels: 3, background: '#5a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '33/1 53/1 21/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '35/1 30/1 17/1',
      },
    })
    .toBuffer();
}

/** A valid 1×1 PNG whose header declares other dimensions: a decompression bomb's shape. */
async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer(),
  );
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe.each(testDialects)('the media library on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    newsroom = await seedNewsroom(test.services);
  });
  afterAll(() => test.close());

  const send = async (
    method: 'POST' | 'PUT',
    path: string,
    form: ReturnType<typeof formData>,
    auth: { member?: Member; cookie?: string; csrf?: string; language?: string },
  ) => {
    const response = await test.app.inject({
      method,
      url: `/api/v1/admin${path}`,
      headers: {
        'content-type': form.contentType,
        'accept-language': auth.language ?? 'ar',
        ...(auth.member ? { authorization: `Bearer ${auth.member.token}` } : {}),
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
        ...(auth.csrf ? { 'x-csrf-token': auth.csrf } : {}),
      },
      payload: form.payload,
    });
    return { status: response.statusCode, body: JSON.parse(response.body) as Answer };
  };
  const upload = (
    member: Member,
    fields: Record<string, string>,
    files: FilePart[],
    language = 'ar',
  ) => send('POST', '/media', formData(fields, files), { member, language });
  const uploadPicture = async (member: Member, alt: string, extra: Record<string, string> = {}) => {
    const response = await upload(member, { alt, ...extra }, [
      { name: 'photo.png', bytes: await picture() },
    ]);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const get = (url: string) => test.app.inject({ url });
  const storedCount = async () => {
    const row = await test.database.db.kysely
      .selectFrom('media')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const storageKeyOf = async (id: number) =>
    (
      await test.database.db.kysely
        .selectFrom('media')
        .select('storageKey')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).storageKey;
  const blobs = () => test.services.mediaStore.blobs;

  it('takes an upload with its descriptions, keeps no GPS position, and serves it', async () => {
    const before = await storedCount();
    const response = await upload(
      newsroom.author,
      {
        alt: 'منصة نفطية في البحر عند الغروب',
        caption: 'منصة إنتاج في الخليج',
        credit: 'مداد',
      },
      [{ name: 'IMG_2041.jpg', bytes: await phonePhoto(), type: 'image/jpeg' }],
    );
    expect(response.status).toBe(201);
    const { id } = response.body;
    expect(response.body).toMatchObject({
      version: 1,
      width: 800,
      height: 500,
      mime: 'image/jpeg',
      alt: 'منصة نفطية في البحر عند الغروب',
      caption: 'منصة إنتاج في الخليج',
      credit: 'مداد',
      originalName: 'IMG_2041.jpg',
      uploadedBy: { id: newsroom.author.user.id, name: 'ليلى حداد' },
      src: `/media/${id}/v1/640.jpg`,
      srcset: `/media/${id}/v1/320.jpg 320w, /media/${id}/v1/640.jpg 640w, /media/${id}/v1/800.jpg 800w`,
    });
    expect(await storedCount()).toBe(before + 1);

    const original = await blobs().get(await storageKeyOf(id));
    expect(original?.includes('PhoneMaker')).toBe(false);
    expect((await sharp(original ?? Buffer.alloc(0)).metadata()).exif).toBeUndefined();
    const served = await get(response.body.src);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();

    const events = await test.database.db.kysely
      .selectFrom('event')
      .select('payload')
      .where('type', '=', 'media.changed')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload) as unknown)).toContainEqual({
      mediaId: id,
      change: 'created',
    });
  });

  it('makes two entries of the same file uploaded twice, storing its bytes once', async () => {
    const bytes = await picture();
    const first = await upload(newsroom.author, { alt: 'سوق الخضار في الصباح' }, [
      { name: 'market.png', bytes },
    ]);
    const second = await upload(
      newsroom.editor,
      { alt: 'باعة في سوق الخضار', credit: 'وكالة الأنباء' },
      [{ name: 'market-copy.png', bytes }],
    );
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body).toMatchObject({ alt: 'باعة في سوق الخضار', credit: 'وكالة الأنباء' });
    expect(first.body).toMatchObject({ alt: 'سوق الخضار في الصباح', credit: null });
    expect(await storageKeyOf(second.body.id)).toBe(await storageKeyOf(first.body.id));
  });

  it('refuses an upload without alt text in the caller’s language, storing nothing', async () => {
    const before = await storedCount();
    const bytes = await picture();
    const cases: [Record<string, string>, string, FieldError][] = [
      [{}, 'ar', { field: 'alt', rule: 'required', message: 'النص البديل: هذا الحقل مطلوب.' }],
      [{}, 'en', { field: 'alt', rule: 'required', message: 'Alt text: this field is required.' }],
      [
        { alt: '   ' },
        'ar',
        { field: 'alt', rule: 'required', message: 'النص البديل: هذا الحقل مطلوب.' },
      ],
      [
        { alt: 'IMG_2041.jpg' },
        'en',
        {
          field: 'alt',
          rule: 'alt_is_file_name',
          message: 'Alt text: looks like a file name; describe what the image shows.',
        },
      ],
    ];
    for (const [fields, language, expected] of cases) {
      const response = await upload(newsroom.author, fields, [{ name: 'x.png', bytes }], language);
      expect(response.status, JSON.stringify(fields)).toBe(400);
      expect(response.body.error.fields, JSON.stringify(fields)).toEqual([
        { ...expected, params: {} },
      ]);
    }
    const withoutFile = await upload(newsroom.author, { alt: 'صورة بلا ملف' }, []);
    expect(withoutFile.body.error.fields?.map((f) => [f.field, f.rule])).toEqual([
      ['file', 'required'],
    ]);
    expect(await storedCount()).toBe(before);
  });

  it('refuses SVG, what is no image, a declared 30000×30000 PNG and a second file', async () => {
    const before = await storedCount();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const refusedSvg = await upload(newsroom.author, { alt: 'شعار' }, [
      { name: 'logo.png', bytes: svg, type: 'image/png' },
    ]);
    expect(refusedSvg.status).toBe(400);
    expect(refusedSvg.body.error.fields?.[0]?.message).toBe(
      'الملف: صور SVG غير مقبولة؛ ارفع صورة JPEG أو PNG أو WebP أو AVIF أو GIF.',
    );
    const text = await upload(
      newsroom.author,
      { alt: 'ملف نصي' },
      [{ name: 'notes.jpg', bytes: Buffer.from('not a picture at all') }],
      'en',
    );
    expect(text.body.error.fields?.[0]?.message).toBe(
      'File: not an image that can be read (JPEG, PNG, WebP, AVIF or GIF).',
    );
    const bomb = await upload(newsroom.author, { alt: 'صورة ضخمة' }, [
      { name: 'big.png', bytes: await pngDeclaring(30_000, 30_000) },
    ]);
    expect([bomb.status, bomb.body.error.fields?.[0]?.rule]).toEqual([400, 'too_many_pixels']);
    const two = await upload(newsroom.author, { alt: 'صورتان' }, [
      { name: 'a.png', bytes: await picture(20, 20) },
      { name: 'b.png', bytes: await picture(20, 20) },
    ]);
    expect(two.status).toBe(400);
    expect(two.body.error.fields?.[0]).toMatchObject({ field: 'file', rule: 'too_many' });
    const huge = await upload(newsroom.author, { alt: 'ملف كبير جدًا' }, [
      { name: 'huge.jpg', bytes: Buffer.alloc(21 * 1024 * 1024) },
    ]);
    expect(huge.status).toBe(400);
    expect(huge.body.error.fields?.[0]?.message).toBe('الملف: الملف أكبر من ٢٠ ميغابايت.');
    expect(await storedCount()).toBe(before);
  });

  it('searches alt text, caption, credit and file name however Arabic is spelt, newest first', async () => {
    const tanker = await uploadPicture(newsroom.author, 'ناقلة نفط في ميناء رأس تنورة');
    const refinery = await uploadPicture(newsroom.author, 'مصفاة عند الفجر', {
      caption: 'مصفاة الإسكندرية للبترول',
    });
    const agency = await uploadPicture(newsroom.author, 'اجتماع وزراء الطاقة', {
      credit: 'وكالة أنباء الشرق',
    });
    const search = async (q: string, query = '') =>
      (
        await adminApi(test.app, newsroom.contributor).get<{
          items: Answer[];
          total: number;
        }>(`/media?q=${encodeURIComponent(q)}${query}`)
      ).body;
    expect((await search('راس تنوره')).items.map((i) => i.id)).toEqual([tanker.id]);
    expect((await search('نَاقِلَةُ')).items.map((i) => i.id)).toEqual([tanker.id]);
    expect((await search('الاسكندريه')).items.map((i) => i.id)).toEqual([refinery.id]);
    expect((await search('انباء الشرق')).items.map((i) => i.id)).toEqual([agency.id]);
    expect((await search('مصفاة الفجر')).items.map((i) => i.id)).toEqual([refinery.id]);
    expect((await search('100%_')).items).toEqual([]);

    const named = await upload(newsroom.author, { alt: 'لقاء في فيينا' }, [
      { name: 'OPEC-Vienna-2026.png', bytes: await picture() },
    ]);
    expect((await search('opec-vienna')).items.map((i) => i.id)).toEqual([named.body.id]);

    const library = await adminApi(test.app, newsroom.author).get<{
      items: Answer[];
      total: number;
      page: number;
    }>('/media?perPage=2&page=1');
    const all = await adminApi(test.app, newsroom.author).get<{ items: Answer[]; total: number }>(
      '/media?perPage=100',
    );
    expect(library.body.items.map((i) => i.id)).toEqual([named.body.id, agency.id]);
    expect(library.body.total).toBe(all.body.total);
    expect(all.body.items.map((i) => i.id)).toEqual(
      [...all.body.items.map((i) => i.id)].sort((a, b) => b - a),
    );
    const second = await adminApi(test.app, newsroom.author).get<{ items: Answer[] }>(
      '/media?perPage=2&page=2',
    );
    expect(second.body.items.map((i) => i.id)).toEqual([refinery.id, tanker.id]);
  });

  it('lets editors describe any image, and others only the ones they uploaded', async () => {
    const mine = await uploadPicture(newsroom.author, 'جسر المدينة القديم');
    const patch = (member: Member, body: unknown) =>
      adminApi(test.app, member).patch<Answer>(`/media/${mine.id}`, body);
    expect((await patch(newsroom.otherAuthor, { caption: 'تعليق' })).status).toBe(403);
    expect((await patch(newsroom.contributor, { caption: 'تعليق' })).status).toBe(403);
    const own = await patch(newsroom.author, { caption: 'الجسر عند المساء', credit: ' ' });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ caption: 'الجسر عند المساء', credit: null, version: 1 });
    expect(own.body.src).toBe(mine.src);
    const edited = await patch(newsroom.editor, { alt: 'الجسر الحجري القديم فوق النهر' });
    expect(edited.body).toMatchObject({
      alt: 'الجسر الحجري القديم فوق النهر',
      caption: 'الجسر عند المساء',
    });
    const found = await adminApi(test.app, newsroom.author).get<{ items: Answer[] }>(
      `/media?q=${encodeURIComponent('الحجري')}`,
    );
    expect(found.body.items.map((i) => i.id)).toEqual([mine.id]);
    const empty = await patch(newsroom.author, { alt: '' });
    expect([empty.status, empty.body.error.fields?.[0]?.rule]).toEqual([400, 'required']);
    const unknown = await patch(newsroom.author, { storageKey: '../../etc/passwd' });
    expect(unknown.body.error.fields?.[0]).toMatchObject({
      field: 'storageKey',
      rule: 'unknown_field',
    });
    expect(
      (await adminApi(test.app, newsroom.author).get<Answer>(`/media/${mine.id}`)).body,
    ).toMatchObject({ alt: 'الجسر الحجري القديم فوق النهر', caption: 'الجسر عند المساء' });
  });

  it('gives a new image a new version at new addresses, and redirects the old ones', async () => {
    const entry = await uploadPicture(newsroom.author, 'مبنى البلدية قبل الترميم');
    const oldUrl = `/media/${entry.id}/v1/640.webp`;
    expect((await get(oldUrl)).statusCode).toBe(200);
    const oldKey = await storageKeyOf(entry.id);

    const forbidden = await send(
      'PUT',
      `/media/${entry.id}/file`,
      formData({}, [{ name: 'after.png', bytes: await picture(900, 900) }]),
      { member: newsroom.otherAuthor },
    );
    expect(forbidden.status).toBe(403);
    const replaced = await send(
      'PUT',
      `/media/${entry.id}/file`,
      formData({}, [{ name: 'after.png', bytes: await picture(900, 900) }]),
      { member: newsroom.author },
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      version: 2,
      width: 900,
      height: 900,
      alt: 'مبنى البلدية قبل الترميم',
      originalName: 'after.png',
      src: `/media/${entry.id}/v2/640.jpg`,
    });
    const old = await get(oldUrl);
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe(`/media/${entry.id}/v2/640.webp`);
    const legacy = await get(`/media/${entry.id}/640.webp`);
    expect(legacy.headers.location).toBe(`/media/${entry.id}/v2/640.webp`);
    const current = await get(`/media/${entry.id}/v2/640.webp`);
    expect(current.statusCode).toBe(200);
    expect((await sharp(current.rawPayload).metadata()).height).toBe(640);
    // The old image's bytes and derivatives are gone: no entry shows them any more.
    expect(await blobs().exists(oldKey)).toBe(false);
    expect(await blobs().exists(`derived/${entry.id}/v1/640.webp`)).toBe(false);
  });

  it('refuses to delete what an article shows, and deletes bytes no entry uses', async () => {
    const featured = await uploadPicture(newsroom.author, 'صورة رئيسية لمقال');
    const inBody = await uploadPicture(newsroom.author, 'صورة داخل نص المقال');
    const article = await adminApi(test.app, newsroom.author).post<{ id: number }>('/articles', {
      title: 'مقال بصورتين',
      featuredImageId: featured.id,
      body: {
        type: 'doc',
        content: [
          ...doc('الفقرة الأولى.').content,
          { type: 'figure', attrs: { mediaId: inBody.id } },
        ],
      },
    });
    expect(article.status).toBe(201);
    for (const id of [featured.id, inBody.id]) {
      const refused = await adminApi(test.app, newsroom.editor).delete<Answer>(`/media/${id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({
        code: 'in_use',
        message: 'لا يمكن حذفه لأنه مستخدم: مقال واحد.',
        articleIds: [article.body.id],
      });
    }
    expect((await get(`/media/${inBody.id}/v1/320.jpg`)).statusCode).toBe(200);

    const bytes = await picture();
    const [first, second] = await Promise.all(
      ['نسخة أولى من الصورة', 'نسخة ثانية من الصورة'].map((alt) =>
        upload(newsroom.author, { alt }, [{ name: 'shared.png', bytes }]),
      ),
    );
    const firstId = first?.body.id ?? 0;
    const secondId = second?.body.id ?? 0;
    const key = await storageKeyOf(firstId);
    expect((await get(`/media/${firstId}/v1/320.jpg`)).statusCode).toBe(200);
    expect(
      (await adminApi(test.app, newsroom.otherAuthor).delete(`/media/${firstId}`)).status,
    ).toBe(403);
    expect((await adminApi(test.app, newsroom.author).delete(`/media/${firstId}`)).status).toBe(
      204,
    );
    expect((await adminApi(test.app, newsroom.author).get(`/media/${firstId}`)).status).toBe(404);
    expect((await get(`/media/${firstId}/v1/320.jpg`)).statusCode).toBe(404);
    expect(await blobs().exists(`derived/${firstId}/v1/320.jpg`)).toBe(false);
    expect(await blobs().exists(key)).toBe(true);
    expect((await get(`/media/${secondId}/v1/320.jpg`)).statusCode).toBe(200);
    expect((await adminApi(test.app, newsroom.editor).delete(`/media/${secondId}`)).status).toBe(
      204,
    );
    expect(await blobs().exists(key)).toBe(false);
  });

  it('asks a session cookie for its CSRF token on uploads, and nobody at all for a 401 first', async () => {
    const signIn = await test.app.inject({
      method: 'POST',
      url: '/api/v1/admin/session',
      payload: { email: newsroom.author.user.email, password: testPassword },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    const csrf = (JSON.parse(signIn.body) as { csrfToken: string }).csrfToken;
    const form = async () =>
      formData({ alt: 'قارب صيد في المرفأ' }, [{ name: 'boat.png', bytes: await picture() }]);
    const forged = await send('POST', '/media', await form(), { cookie });
    expect([forged.status, forged.body.error.code]).toEqual([403, 'csrf_failed']);
    const sent = await send('POST', '/media', await form(), { cookie, csrf });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ uploadedBy: { id: newsroom.author.user.id } });
    const anonymous = await send('POST', '/media', await form(), {});
    expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'unauthenticated']);
  });

  it('describes every media route in the OpenAPI document, uploads as multipart', async () => {
    const response = await test.app.inject({ url: '/api/v1/admin/openapi.json' });
    const document = JSON.parse(response.body) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    const paths = document.paths;
    expect(Object.keys(paths['/api/v1/admin/media'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
    expect(Object.keys(paths['/api/v1/admin/media/{id}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch', 'delete']),
    );
    expect(paths['/api/v1/admin/media']?.post?.requestBody?.content).toHaveProperty(
      'multipart/form-data',
    );
    expect(paths['/api/v1/admin/media/{id}/file']?.put?.requestBody?.content).toHaveProperty(
      'multipart/form-data',
    );
  });
});

describe('the media library on an S3 bucket', () => {
  const bucket = { bucket: 'news-media', region: 'eu-west-1', prefix: 'midad/' };
  const credentials = { accessKeyId: 'AKIDMIDADTEST', secretAccessKey: 'a-test-secret' };
  let fake: S3Fake;
  let test: TestApp;
  let newsroom: Newsroom;

  beforeAll(async () => {
    fake = await startS3Fake({ ...bucket, ...credentials });
    vi.stubEnv('AWS_ACCESS_KEY_ID', credentials.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey);
    test = await buildTestApp(testDialects[0] ?? 'sqlite', {
      config: { mediaBucket: { ...bucket, endpoint: fake.endpoint } },
    });
    newsroom = await seedNewsroom(test.services);
  });
  afterAll(async () => {
    await test.close();
    await fake.close();
    vi.unstubAllEnvs();
  });

  it('keeps originals and derivatives in the bucket, where another instance finds them', async () => {
    const bytes = await sharp({
      create: { width: 700, height: 400, channels: 3, background: '#246' },
    })
      .jpeg()
      .toBuffer();
    const form = formData({ alt: 'ميناء بيروت من البحر' }, [{ name: 'port.jpg', bytes }]);
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/admin/media',
      headers: {
        'content-type': form.contentType,
        authorization: `Bearer ${newsroom.author.token}`,
      },
      payload: form.payload,
    });
    expect(response.statusCode).toBe(201);
    const { id } = JSON.parse(response.body) as Answer;
    const originals = [...fake.objects.keys()].filter((key) => key.startsWith('midad/originals/'));
    expect(originals).toHaveLength(1);
    expect(fake.objects.get(originals[0] ?? '')?.contentType).toBe('image/jpeg');

    const served = await test.app.inject({ url: `/media/${id}/v1/320.webp` });
    expect(served.statusCode).toBe(200);
    const derived = fake.objects.get(`midad/derived/${id}/v1/320.webp`);
    expect(derived?.body.equals(served.rawPayload)).toBe(true);

    // Another instance, with a store of its own on the same bucket, makes nothing again.
    const other = new S3BlobStore({ ...bucket, endpoint: fake.endpoint });
    const media = await test.services.reader.image(id);
    if (!media) throw new Error(`image ${id} is missing`);
    const made = derived?.lastModified;
    const again = await new MediaStore(other).derivative(media, 320, 'webp');
    expect(again.equals(served.rawPayload)).toBe(true);
    expect(fake.objects.get(`midad/derived/${id}/v1/320.webp`)?.lastModified).toBe(made);
    await other.close();

    const deleted = await test.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/media/${id}`,
      headers: { authorization: `Bearer ${newsroom.author.token}` },
    });
    expect(deleted.statusCode).toBe(204);
    expect([...fake.objects.keys()]).toEqual([]);
  });
});
