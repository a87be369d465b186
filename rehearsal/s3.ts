/**
 * The rehearsal's S3: the calls the export adapter makes (a PutObject, or a multipart upload) and the
 * reads of the links it signs, path-style, as the SDK sends them to an address given as an IP. Each
 * call is checked against the caller's role; a link reads with the rights of whoever signed it, until
 * the instant it names.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../shared/clock';
import type { AwsCall } from './iam';
import { PARTITION } from './template';

export interface StoredObject {
  body: Buffer;
  contentType?: string;
}

/** `20261205T101500Z` → milliseconds. */
const amzDate = (value: string) =>
  Date.parse(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

const xml = (
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) => {
  response.writeHead(status, { 'content-type': 'application/xml', ...headers });
  response.end(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
};

const s3Error = (response: ServerResponse, status: number, code: string, message: string) =>
  xml(response, status, `<Error><Code>${code}</Code><Message>${message}</Message></Error>`);

export class S3Twin {
  /** By `bucket/key`. */
  readonly objects = new Map<string, StoredObject>();
  readonly #uploads = new Map<string, { key: string; contentType?: string; parts: Map<number, Buffer> }>();

  constructor(
    /** The buckets the template declares, by name. */
    private readonly buckets: ReadonlySet<string>,
    private readonly clock: Clock,
  ) {}

  /** `refusal` says why the caller's role refuses a call, or undefined when it allows it. */
  async serve(
    request: IncomingMessage,
    body: Buffer,
    response: ServerResponse,
    refusal: (call: AwsCall) => Promise<string | undefined>,
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://gateway');
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = rest.map(decodeURIComponent).join('/');
    if (!this.buckets.has(bucket)) return s3Error(response, 404, 'NoSuchBucket', `no bucket ${bucket}`);
    const path = `${bucket}/${key}`;
    const objectArn = `arn:${PARTITION}:s3:::${path}`;
    const query = url.searchParams;
    const method = request.method ?? 'GET';
    // Deployed, the SDK speaks HTTPS: what the bucket's policy requires.
    const call = async (action: string) => {
      const refused = await refusal({
        action,
        resource: objectArn,
        context: { 'aws:SecureTransport': 'true' },
      });
      if (refused) s3Error(response, 403, 'AccessDenied', refused);
      return refused === undefined;
    };

    if (method === 'GET') {
      const signedAt = amzDate(query.get('X-Amz-Date') ?? '');
      const expires = Number(query.get('X-Amz-Expires') ?? 0);
      if (query.has('X-Amz-Expires') && this.clock.now().getTime() > signedAt + expires * 1000)
        return s3Error(response, 403, 'AccessDenied', 'Request has expired');
      if (!(await call('s3:GetObject'))) return;
      const stored = this.objects.get(path);
      if (!stored) return s3Error(response, 404, 'NoSuchKey', `no object ${key}`);
      const disposition = query.get('response-content-disposition');
      response.writeHead(200, {
        'content-type': query.get('response-content-type') ?? stored.contentType ?? 'binary/octet-stream',
        'content-length': String(stored.body.length),
        ...(disposition ? { 'content-disposition': disposition } : {}),
      });
      response.end(stored.body);
      return;
    }
    if (method === 'DELETE' && query.has('uploadId')) {
      if (!(await call('s3:AbortMultipartUpload'))) return;
      this.#uploads.delete(query.get('uploadId') ?? '');
      response.writeHead(204);
      response.end();
      return;
    }
    // Creating an upload, sending its parts and completing it are all PutObject to IAM.
    if (!(await call('s3:PutObject'))) return;
    const contentType = request.headers['content-type'];
    if (method === 'PUT' && !query.has('uploadId')) {
      this.objects.set(path, { body, ...(contentType ? { contentType } : {}) });
      response.writeHead(200, { etag: `"${randomUUID()}"` });
      response.end();
      return;
    }
    if (method === 'POST' && query.has('uploads')) {
      const uploadId = randomUUID();
      this.#uploads.set(uploadId, { key: path, ...(contentType ? { contentType } : {}), parts: new Map() });
      return xml(
        response,
        200,
        `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`,
      );
    }
    const upload = this.#uploads.get(query.get('uploadId') ?? '');
    if (!upload || upload.key !== path) return s3Error(response, 404, 'NoSuchUpload', 'no such upload');
    if (method === 'PUT') {
      upload.parts.set(Number(query.get('partNumber')), body);
      response.writeHead(200, { etag: `"part-${query.get('partNumber')}"` });
      response.end();
      return;
    }
    // CompleteMultipartUpload: the parts it lists, in their order.
    const numbers = [...body.toString('utf8').matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((match) =>
      Number(match[1]),
    );
    const parts = numbers.map((number) => upload.parts.get(number));
    if (parts.some((part) => part === undefined))
      return s3Error(response, 400, 'InvalidPart', 'a listed part was not uploaded');
    this.objects.set(path, {
      body: Buffer.concat(parts as Buffer[]),
      ...(upload.contentType ? { contentType: upload.contentType } : {}),
    });
    this.#uploads.delete(query.get('uploadId') ?? '');
    return xml(
      response,
      200,
      `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"${randomUUID()}"</ETag></CompleteMultipartUploadResult>`,
    );
  }
}
