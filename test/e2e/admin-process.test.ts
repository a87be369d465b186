import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { createTestDb } from '../support/db';
import { runToEnd } from '../support/process';

describe('npm run admin against a named table', () => {
  it('uses --table (and --endpoint) instead of the local stack, as an operator does against AWS', async () => {
    const db = await createTestDb();
    const env = { LOCAL_STATE_FILE: join(mkdtempSync(join(tmpdir(), 'sms-admin-')), 'none.json') };
    const target = ['--table', db.tableName, '--endpoint', inject('dynamoEndpoint'), '--region', 'eu-west-1'];
    const created = await runToEnd(
      'npm',
      ['run', '-s', 'admin', '--', 'account', 'create', '--name', 'Ops', ...target],
      env,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const { accountId } = JSON.parse(created.stdout);

    const shown = await runToEnd(
      'npm',
      ['run', '-s', 'admin', '--', 'account', 'show', accountId, ...target],
      env,
    );
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: accountId, name: 'Ops' });

    const refused = await runToEnd(
      'npm',
      ['run', '-s', 'admin', '--', 'sender', 'set-status', accountId, 'ACCEPTED', ...target],
      env,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`No sender ${accountId}`);
  });
});
