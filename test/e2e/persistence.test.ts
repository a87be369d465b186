import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalStack } from '../../local/stack';
import { createLogger } from '../../shared/logger';

const silent = createLogger({ level: 'silent' });

describe('the local stack with a data folder', () => {
  it('keeps accounts and senders across restarts, and finds the demo account again by its key', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sms-data-'));
    const first = await startLocalStack({ port: 0, dataDir, demoApiKey: 'kept-key', log: silent });
    let senderId: string;
    try {
      expect(first.demo.created).toBe(true);
      const created = await fetch(`${first.url}/v1/sender/create`, {
        method: 'POST',
        body: JSON.stringify({ apiKey: 'kept-key', name: 'Kept', description: 'survives a restart' }),
      });
      senderId = ((await created.json()) as { data: { id: string } }).data.id;
    } finally {
      await first.stop();
    }

    const second = await startLocalStack({ port: 0, dataDir, demoApiKey: 'kept-key', log: silent });
    try {
      expect(second.demo).toEqual({ accountId: first.demo.accountId, apiKey: 'kept-key', created: false });
      const listed = await fetch(`${second.url}/v1/sender/list`, {
        method: 'POST',
        body: JSON.stringify({ apiKey: 'kept-key' }),
      });
      expect(((await listed.json()) as { data: { id: string }[] }).data.map((s) => s.id)).toEqual([senderId]);
    } finally {
      await second.stop();
    }
  });
});
