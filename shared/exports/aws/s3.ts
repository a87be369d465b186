/** The AWS adapter of the object store: S3, written part by part, read through presigned links. */
import { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
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
}

export const objectStoreFromEnv = (env: Env): ObjectStore =>
  // Checksums only where S3 requires them: a streamed body is then sent as it is, not re-encoded.
  new S3ObjectStore(
    new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED' }),
    requiredSetting(env, 'exportBucket'),
  );
