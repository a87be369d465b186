/** The AWS adapter of the object store: S3, written and read part by part, reached through presigned links. */
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { type Env, requiredSetting } from '../../config';
import type { ObjectStore } from '../../ports';
import { attachment } from '../export';

/** S3's smallest part: memory holds `queueSize` of them while they upload, whatever the file's size. */
const PART_BYTES = 5 * 1024 * 1024;

export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async write(key: string, parts: AsyncIterable<string>, contentType: string): Promise<{ bytes: number }> {
    let bytes = 0;
    async function* counted() {
      for await (const part of parts) {
        const buffer = Buffer.from(part);
        bytes += buffer.length;
        yield buffer;
      }
    }
    // One PutObject for a file under a part, a multipart upload above (aborted if a part fails).
    await new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: Readable.from(counted()), ContentType: contentType },
      partSize: PART_BYTES,
      queueSize: 2,
    }).done();
    return { bytes };
  }

  readUrl(key: string, seconds: number, filename: string): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: attachment(filename),
      }),
      { expiresIn: seconds },
    );
  }

  uploadUrl(key: string, seconds: number): Promise<string> {
    return getSignedUrl(this.client, new PutObjectCommand({ Bucket: this.bucket, Key: key }), {
      expiresIn: seconds,
    });
  }

  async *read(key: string, from = 0): AsyncIterable<Uint8Array> {
    let body: AsyncIterable<Uint8Array>;
    try {
      const answer = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          ...(from > 0 ? { Range: `bytes=${from}-` } : {}),
        }),
      );
      body = answer.Body as AsyncIterable<Uint8Array>;
    } catch (error) {
      // No such object, or nothing left after `from` (S3 answers 416 to a range past the end).
      if (
        error instanceof NoSuchKey ||
        (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 416)
      )
        return;
      throw error;
    }
    yield* body;
  }
}

export const objectStoreFromEnv = (env: Env): ObjectStore =>
  // Checksums only where S3 requires them: a streamed body is then sent as it is, not re-encoded.
  new S3ObjectStore(
    new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED' }),
    requiredSetting(env, 'exportBucket'),
  );
