/** The local twin of S3 for exports: files under a folder, read back through the local stack's own URL. */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ObjectStore } from '../shared/ports';

export class FileObjectStore implements ObjectStore {
  constructor(
    private readonly folder: string,
    /** The address files are read from (`<stack>/_local/files`). */
    private readonly baseUrl: () => string,
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

  async readUrl(key: string, _seconds: number, filename: string): Promise<string> {
    this.pathOf(key);
    return `${this.baseUrl()}/_local/files/${key}?filename=${encodeURIComponent(filename)}`;
  }
}
