/**
 * The local twin of S3: files under a folder, read and uploaded through the local stack's own URLs, each
 * signed as a presigned link is (it names the file, the method, and when it stops working). An upload
 * announces itself as S3's notification would (`onUpload`).
 */

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Clock } from '../shared/clock';
import { attachment } from '../shared/exports/export';
import type { ObjectStore } from '../shared/ports';
import type { StreamingRoute } from './server';

const FILES_PATH = '/_local/files/';

export class FileObjectStore implements ObjectStore {
  /** Signs links: known to this process only, as AWS credentials are to their owner. */
  readonly #secret = randomBytes(32);

  constructor(
    private readonly folder: string,
    /** The local stack's address, known once it listens. */
    private readonly baseUrl: () => string,
    private readonly clock: Clock,
    /** Told of each file uploaded, once it is whole, as S3 tells its bucket's notification queue. */
    private readonly onUpload: (file: { key: string; bytes: number }) => Promise<void> = async () => {},
  ) {}

  #signature(method: string, key: string, expires: string): string {
    return createHmac('sha256', this.#secret).update(`${method} ${key} ${expires}`).digest('hex');
  }

  #signed(method: string, key: string, seconds: number, extra: Record<string, string> = {}): string {
    this.pathOf(key);
    const expires = String(this.clock.now().getTime() + seconds * 1000);
    const query = new URLSearchParams({
      ...extra,
      expires,
      signature: this.#signature(method, key, expires),
    });
    return `${this.baseUrl()}${FILES_PATH}${key}?${query}`;
  }

  /** Why a link does not work, or undefined when it does. */
  #refusal(method: string, key: string, url: URL): string | undefined {
    const expires = url.searchParams.get('expires') ?? '';
    // Compared as text: hex decoding would stop quietly at the first character that is not hex.
    const given = Buffer.from(url.searchParams.get('signature') ?? '');
    const expected = Buffer.from(this.#signature(method, key, expires));
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return 'Ce lien n’est pas valide.';
    if (!(Number(expires) > this.clock.now().getTime())) return 'Ce lien a expiré.';
    return undefined;
  }

  pathOf(key: string): string {
    if (!/^[\w./-]+$/.test(key) || key.split('/').includes('..'))
      throw new Error(`not an object key: ${key}`);
    return join(this.folder, key);
  }

  async write(key: string, parts: AsyncIterable<string>, _contentType: string): Promise<{ bytes: number }> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const file = createWriteStream(path);
    let bytes = 0;
    try {
      for await (const part of parts) {
        bytes += Buffer.byteLength(part);
        // Waits when the disk is slower than the parts come: memory holds what is in flight, no more.
        if (!file.write(part)) await once(file, 'drain');
      }
    } finally {
      file.end();
      await once(file, 'close');
    }
    return { bytes };
  }

  /** Like a presigned link: it names the file, what to save it as, and when it stops working. */
  async readUrl(key: string, seconds: number, filename: string): Promise<string> {
    return this.#signed('GET', key, seconds, { filename });
  }

  async uploadUrl(key: string, seconds: number): Promise<string> {
    return this.#signed('PUT', key, seconds);
  }

  async *read(key: string, from = 0): AsyncIterable<Uint8Array> {
    const stream = createReadStream(this.pathOf(key), { start: from, highWaterMark: 256 * 1024 });
    try {
      yield* stream;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** Writes an upload's body as it comes; the file appears whole or not at all, as an S3 object does. */
  async #receive(key: string, request: IncomingMessage): Promise<number> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${randomBytes(6).toString('hex')}.part`;
    const file = createWriteStream(partial);
    let bytes = 0;
    try {
      for await (const chunk of request as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (!file.write(chunk)) await once(file, 'drain');
      }
    } finally {
      file.end();
      await once(file, 'close');
    }
    await rename(partial, path);
    return bytes;
  }

  /**
   * `GET /_local/files/<key>`: the file, to save, while its link works (403 after, 404 if none).
   * `PUT /_local/files/<key>`: an upload through a link `uploadUrl` signed.
   */
  readonly route: StreamingRoute = async (
    request,
  ): Promise<APIGatewayProxyStructuredResultV2 | undefined> => {
    const url = new URL(request.url ?? '/', 'http://local');
    const method = request.method ?? 'GET';
    if (!['GET', 'PUT'].includes(method) || !url.pathname.startsWith(FILES_PATH)) return undefined;
    const text = (statusCode: number, body: string) => ({
      statusCode,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body,
    });
    let key: string;
    let path: string;
    try {
      key = decodeURIComponent(url.pathname.slice(FILES_PATH.length));
      path = this.pathOf(key);
    } catch {
      return text(404, 'Aucun fichier ici.');
    }
    const refused = this.#refusal(method, key, url);
    if (refused) return text(403, refused);
    if (method === 'PUT') {
      const bytes = await this.#receive(key, request);
      await this.onUpload({ key, bytes });
      return { statusCode: 200, headers: { etag: `"${bytes}"` }, body: '' };
    }
    const body = await readFile(path, 'utf8').catch(() => undefined);
    if (body === undefined) return text(404, 'Aucun fichier ici.');
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment(url.searchParams.get('filename') ?? 'export.csv'),
      },
      body,
    };
  };
}
