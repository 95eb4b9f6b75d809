/**
 * Image bytes in an S3-compatible bucket (Amazon S3, MinIO, Ceph, R2 …), so that every
 * instance of Midad reads the same originals and derivatives. Keys are the media store's,
 * under an optional prefix. Credentials come from the AWS SDK's usual sources
 * (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, an instance role); a custom
 * endpoint is addressed path-style (`https://host/bucket/key`), as such servers expect.
 *
 * The SDK is loaded when a store is made, not when Midad starts: it takes a fifth of a second
 * to load, which every command and every site without a bucket would otherwise pay.
 */
import type * as Sdk from '@aws-sdk/client-s3';
import type { MediaBucketConfig } from '../config/config.js';
import { checkKey, type BlobStore } from './blob-store.js';

/** S3 answers a missing object with NoSuchKey (GET) or a bare 404 (HEAD). */
function isMissing(error: unknown): boolean {
  const { name, $metadata } = error as { name?: unknown; $metadata?: { httpStatusCode?: number } };
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404;
}

export class S3BlobStore implements BlobStore {
  private readonly connection: Promise<{ sdk: typeof Sdk; client: Sdk.S3Client }>;

  constructor(private readonly location: MediaBucketConfig) {
    this.connection = import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: location.region,
        ...(location.endpoint ? { endpoint: location.endpoint, forcePathStyle: true } : {}),
      }),
    }));
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const { sdk, client } = await this.connection;
    await client.send(
      new sdk.PutObjectCommand({ ...this.address(key), Body: bytes, ContentType: contentType }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    const { sdk, client } = await this.connection;
    try {
      const object = await client.send(new sdk.GetObjectCommand(this.address(key)));
      if (!object.Body) return null;
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    const { sdk, client } = await this.connection;
    try {
      await client.send(new sdk.HeadObjectCommand(this.address(key)));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { sdk, client } = await this.connection;
    await client.send(new sdk.DeleteObjectCommand(this.address(key)));
  }

  /** Closes the client's connections. */
  async close(): Promise<void> {
    (await this.connection).client.destroy();
  }

  private address(key: string): { Bucket: string; Key: string } {
    return { Bucket: this.location.bucket, Key: `${this.location.prefix}${checkKey(key)}` };
  }
}
