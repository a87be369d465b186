/** The local twin of S3 for exports: files under a folder, read back through the local stack's own URL. */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Clock } from '../shared/clock';
import { attachment } from '../shared/exports/export';
import type { ObjectStore } from '../shared/ports';
import type { LocalRoute } from './server';

const FILES_PATH = '/_local/files/';

export class FileObjectStore implements ObjectStore {
  constructor(
    private readonly folder: string,
    /** The local stack's address, known once it listens. */
    private readonly baseUrl: () => string,
    private readonly clock: Clock,
  ) {}

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
    this.pathOf(key);
    const query = new URLSearchParams({
      filename,
      expires: String(this.clock.now().getTime() + seconds * 1000),
    });
    return `${this.baseUrl()}${FILES_PATH}${key}?${query}`;
  }

  /** `GET /_local/files/<key>`: the file, to save, while its link works (403 after, 404 if none). */
  readonly route: LocalRoute = async (request) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (request.method !== 'GET' || !url.pathname.startsWith(FILES_PATH)) return undefined;
    const text = (statusCode: number, body: string) => ({
      statusCode,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body,
    });
    const expires = Number(url.searchParams.get('expires'));
    if (!(expires > this.clock.now().getTime())) return text(403, 'Ce lien a expiré.');
    let path: string;
    try {
      path = this.pathOf(decodeURIComponent(url.pathname.slice(FILES_PATH.length)));
    } catch {
      return text(404, 'Aucun fichier ici.');
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
