/**
 * The rehearsal's S3: the calls the object store's adapter makes (a PutObject, a multipart upload, a
 * GetObject from a byte on) and the links it signs (to read, to upload), path-style, as the SDK sends
 * them to an address given as an IP. Each call is checked against the caller's role; a link works with
 * the rights of whoever signed it, until the instant it names. An object created is announced as the
 * bucket's notification configuration says (`onCreated`); a browser's preflight is answered as the
 * bucket's CORS rules say.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
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

/** RFC 3986's encoding, as SigV4 wants every query name and value. */
const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Whether a presigned link's signature is the one its signer's secret gives for this method, path and
 * query (SigV4, as S3 checks it): a link changed after signing (another key, a later expiry) fails.
 */
export function presignedSignatureHolds(request: IncomingMessage, secret: string): boolean {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'gateway'}`);
  const query = url.searchParams;
  const given = query.get('X-Amz-Signature') ?? '';
  const [, date = '', region = '', service = ''] = (query.get('X-Amz-Credential') ?? '').split('/');
  const canonicalQuery = [...query.entries()]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [rfc3986(name), rfc3986(value)])
    .sort(([a = ''], [b = '']) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const signedHeaders = query.get('X-Amz-SignedHeaders') ?? 'host';
  const headers = signedHeaders
    .split(';')
    .map((name) => `${name}:${String(request.headers[name] ?? '').trim()}\n`)
    .join('');
  const canonical = [
    request.method ?? 'GET',
    url.pathname,
    canonicalQuery,
    headers,
    signedHeaders,
    query.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD',
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = [
    'AWS4-HMAC-SHA256',
    query.get('X-Amz-Date') ?? '',
    scope,
    createHash('sha256').update(canonical).digest('hex'),
  ].join('\n');
  const key = [date, region, service, 'aws4_request'].reduce<Buffer>(
    (signing, part) => createHmac('sha256', signing).update(part).digest(),
    Buffer.from(`AWS4${secret}`),
  );
  const expected = Buffer.from(createHmac('sha256', key).update(toSign).digest('hex'));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

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

/** What a bucket's CORS rules allow a browser (`AWS::S3::Bucket`'s `CorsConfiguration`). */
export interface CorsRule {
  AllowedMethods: string[];
  AllowedOrigins: string[];
  AllowedHeaders?: string[];
  MaxAge?: number;
}

export class S3Twin {
  /** By `bucket/key`. */
  readonly objects = new Map<string, StoredObject>();
  readonly #uploads = new Map<string, { key: string; contentType?: string; parts: Map<number, Buffer> }>();
  /** Told of each object created, once whole (what S3 announces to the bucket's notification targets). */
  onCreated: (bucket: string, key: string, bytes: number) => Promise<void> = async () => {};

  constructor(
    /** The buckets the template declares, by name, with their CORS rules. */
    private readonly buckets: ReadonlyMap<string, readonly CorsRule[]>,
    private readonly clock: Clock,
    /** The secret every rehearsed function signs with (their access key ids tell them apart). */
    private readonly secret: string,
  ) {}

  /** Whether this is a browser's preflight for one of the buckets (it carries no signature). */
  isPreflight(request: IncomingMessage): boolean {
    const bucket = new URL(request.url ?? '/', 'http://gateway').pathname.split('/')[1] ?? '';
    return request.method === 'OPTIONS' && this.buckets.has(bucket);
  }

  /** The preflight's answer: allowed when a rule allows the origin, the method and the headers asked for. */
  preflight(request: IncomingMessage, response: ServerResponse): void {
    const bucket = new URL(request.url ?? '/', 'http://gateway').pathname.split('/')[1] ?? '';
    const origin = String(request.headers.origin ?? '');
    const method = String(request.headers['access-control-request-method'] ?? '');
    const headers = String(request.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((header) => header.trim().toLowerCase())
      .filter(Boolean);
    const rule = (this.buckets.get(bucket) ?? []).find(
      (candidate) =>
        candidate.AllowedMethods.includes(method) &&
        candidate.AllowedOrigins.some((allowed) => allowed === '*' || allowed === origin) &&
        headers.every((header) =>
          (candidate.AllowedHeaders ?? []).some(
            (allowed) => allowed === '*' || allowed.toLowerCase() === header,
          ),
        ),
    );
    if (!rule) {
      s3Error(response, 403, 'AccessForbidden', 'CORSResponse: this CORS request is not allowed');
      return;
    }
    response.writeHead(200, {
      'access-control-allow-origin': rule.AllowedOrigins.includes('*') ? '*' : origin,
      'access-control-allow-methods': rule.AllowedMethods.join(', '),
      ...(headers.length ? { 'access-control-allow-headers': headers.join(', ') } : {}),
      ...(rule.MaxAge ? { 'access-control-max-age': String(rule.MaxAge) } : {}),
    });
    response.end();
  }

  /** What a browser's call is told it may read, when a rule allows its origin and method. */
  #corsHeaders(bucket: string, request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin;
    if (!origin) return {};
    const allowed = (this.buckets.get(bucket) ?? []).some(
      (rule) =>
        rule.AllowedMethods.includes(request.method ?? 'GET') &&
        rule.AllowedOrigins.some((candidate) => candidate === '*' || candidate === origin),
    );
    return allowed ? { 'access-control-allow-origin': '*' } : {};
  }

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

    // A presigned link works until the instant it names, whatever it does.
    const signedAt = amzDate(query.get('X-Amz-Date') ?? '');
    const expires = Number(query.get('X-Amz-Expires') ?? 0);
    if (query.has('X-Amz-Expires') && this.clock.now().getTime() > signedAt + expires * 1000)
      return s3Error(response, 403, 'AccessDenied', 'Request has expired');
    if (query.has('X-Amz-Signature') && !presignedSignatureHolds(request, this.secret))
      return s3Error(
        response,
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match',
      );
    const cors = this.#corsHeaders(bucket, request);

    if (method === 'GET') {
      if (!(await call('s3:GetObject'))) return;
      const stored = this.objects.get(path);
      if (!stored) return s3Error(response, 404, 'NoSuchKey', `no object ${key}`);
      const disposition = query.get('response-content-disposition');
      // `Range: bytes=N-`: the object from byte N on (what an import reads from its checkpoint).
      const from = Number(/^bytes=(\d+)-$/.exec(String(request.headers.range ?? ''))?.[1] ?? 0);
      if (from > 0 && from >= stored.body.length)
        return s3Error(response, 416, 'InvalidRange', 'The requested range is not satisfiable');
      const body = stored.body.subarray(from);
      response.writeHead(from > 0 ? 206 : 200, {
        'content-type': query.get('response-content-type') ?? stored.contentType ?? 'binary/octet-stream',
        'content-length': String(body.length),
        ...(from > 0
          ? { 'content-range': `bytes ${from}-${stored.body.length - 1}/${stored.body.length}` }
          : {}),
        ...(disposition ? { 'content-disposition': disposition } : {}),
        ...cors,
      });
      response.end(body);
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
      // Announced before the answer, so whoever waits for the queues after uploading finds it queued.
      await this.onCreated(bucket, key, body.length);
      response.writeHead(200, { etag: `"${randomUUID()}"`, ...cors });
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
    await this.onCreated(bucket, key, this.objects.get(path)?.body.length ?? 0);
    return xml(
      response,
      200,
      `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"${randomUUID()}"</ETag></CompleteMultipartUploadResult>`,
    );
  }
}
