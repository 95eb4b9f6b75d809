/**
 * An S3-compatible server inside the test process, for testing the S3 media store through the
 * real AWS SDK: PutObject, GetObject, HeadObject and DeleteObject on path-style addresses
 * (`/<bucket>/<key>`), answered as S3 answers them — `NoSuchKey` as XML to a GET, a bare 404
 * to a HEAD, `NoSuchBucket` for any other bucket, an MD5 ETag, the CRC32 checksum given at
 * upload returned when asked for. Like S3 it refuses a request whose Signature Version 4 does
 * not match its credentials, and a body whose SHA-256 or CRC32 does not match its headers.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';

export interface S3Object {
  body: Buffer;
  contentType: string;
  etag: string;
  crc32: string | null;
  lastModified: Date;
}

export interface S3Fake {
  endpoint: string;
  /** The bucket's objects by key, as a test inspects them. */
  objects: Map<string, S3Object>;
  close(): Promise<void>;
}

export interface S3FakeOptions {
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) =>
  createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding, as SigV4 wants it in the canonical query string. */
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function crc32Base64(body: Buffer): string {
  const digest = Buffer.alloc(4);
  digest.writeUInt32BE(crc32(body));
  return digest.toString('base64');
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
}

function canonicalQuery(search: URLSearchParams): string {
  return [...search.entries()]
    .map(([key, value]) => [uriEncode(key), uriEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/** Whether the request is signed with the fake's credentials; the reason when it is not. */
function signatureProblem(
  request: IncomingMessage,
  url: URL,
  options: S3FakeOptions,
): { code: string; status: number } | null {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      header(request, 'authorization'),
    );
  if (!match) return { code: 'AccessDenied', status: 403 };
  const [, accessKeyId, date = '', region = '', signedHeaders = '', signature = ''] = match;
  if (accessKeyId !== options.accessKeyId) return { code: 'InvalidAccessKeyId', status: 403 };
  if (region !== options.region) return { code: 'AuthorizationHeaderMalformed', status: 400 };
  const canonicalHeaders = signedHeaders
    .split(';')
    .map((name) => `${name}:${header(request, name).replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonicalRequest = [
    request.method,
    url.pathname,
    canonicalQuery(url.searchParams),
    canonicalHeaders,
    signedHeaders,
    header(request, 'x-amz-content-sha256'),
  ].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    header(request, 'x-amz-date'),
    scope,
    sha256(canonicalRequest),
  ].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${options.secretAccessKey}`, date), region), 's3'),
    'aws4_request',
  );
  const expected = createHmac('sha256', key).update(stringToSign).digest();
  const isMatch = timingSafeEqual(expected, Buffer.from(signature, 'hex'));
  return isMatch ? null : { code: 'SignatureDoesNotMatch', status: 403 };
}

/** A body whose declared SHA-256 or CRC32 it does not have is refused, as S3 refuses it. */
function digestProblem(request: IncomingMessage, body: Buffer): string | null {
  const declared = header(request, 'x-amz-content-sha256');
  if (/^[0-9a-f]{64}$/.test(declared) && declared !== sha256(body)) {
    return 'XAmzContentSHA256Mismatch';
  }
  const checksum = header(request, 'x-amz-checksum-crc32');
  if (checksum !== '' && checksum !== crc32Base64(body)) return 'BadDigest';
  return null;
}

function sendError(response: ServerResponse, status: number, code: string, key = ''): void {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${code}</Code><Message>${code}</Message><Key>${key}</Key>` +
    `<RequestId>${randomUUID()}</RequestId></Error>`;
  response.writeHead(status, { 'content-type': 'application/xml' }).end(xml);
}

function objectHeaders(object: S3Object, request: IncomingMessage): Record<string, string> {
  return {
    'content-type': object.contentType,
    'content-length': String(object.body.length),
    etag: object.etag,
    'last-modified': object.lastModified.toUTCString(),
    ...(object.crc32 && header(request, 'x-amz-checksum-mode') === 'ENABLED'
      ? { 'x-amz-checksum-crc32': object.crc32 }
      : {}),
  };
}

function answer(
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
  { objects, options }: { objects: Map<string, S3Object>; options: S3FakeOptions },
): void {
  const url = new URL(request.url ?? '/', 'http://s3.fake');
  const [, bucket = '', ...keyParts] = url.pathname.split('/');
  const key = decodeURIComponent(keyParts.join('/'));
  // S3 answers a HEAD with the status alone.
  const refuse = (status: number, code: string) =>
    request.method === 'HEAD'
      ? void response.writeHead(status).end()
      : sendError(response, status, code, key);
  const unsigned = signatureProblem(request, url, options);
  if (unsigned) return refuse(unsigned.status, unsigned.code);
  if (decodeURIComponent(bucket) !== options.bucket) return refuse(404, 'NoSuchBucket');
  const object = objects.get(key);
  switch (request.method ?? '') {
    case 'PUT': {
      const badDigest = digestProblem(request, body);
      if (badDigest) return refuse(400, badDigest);
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      const checksum = header(request, 'x-amz-checksum-crc32');
      objects.set(key, {
        body,
        contentType: header(request, 'content-type') || 'binary/octet-stream',
        etag,
        crc32: checksum === '' ? null : checksum,
        lastModified: new Date(),
      });
      response.writeHead(200, { etag }).end();
      return;
    }
    case 'GET':
      if (!object) return refuse(404, 'NoSuchKey');
      response.writeHead(200, objectHeaders(object, request)).end(object.body);
      return;
    case 'HEAD':
      if (!object) return refuse(404, 'NoSuchKey');
      response.writeHead(200, objectHeaders(object, request)).end();
      return;
    case 'DELETE':
      objects.delete(key);
      response.writeHead(204).end();
      return;
    default:
      refuse(405, 'MethodNotAllowed');
  }
}

export async function startS3Fake(options: S3FakeOptions): Promise<S3Fake> {
  const objects = new Map<string, S3Object>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(request, response, Buffer.concat(chunks), { objects, options }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
