import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const call = (path: string, body: Record<string, unknown> = {}, apiKey?: string) =>
  stack.call(path, body, apiKey);

/** 1,200 rows as French Excel writes them; rows 100 and 700 have bad phones, row 900 repeats row 899's. */
function spreadsheet(prefix: string): string {
  const lines = ['Téléphone;Prénom;Nom;Solde'];
  for (let i = 1; i <= 1200; i++) {
    const phone =
      i === 100
        ? 'inconnu'
        : i === 700
          ? '123'
          : `+225 07 ${prefix}${String(i === 900 ? 899 : i).padStart(4, '0')}`;
    lines.push(`${phone};Awa ${i};"Koné; ${i}";${i * 100}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Asks for the import once the queues have run everything. */
async function status(importId: string, apiKey?: string) {
  await stack.queues.drain();
  const answer = await call(`/v1/import/${importId}`, {}, apiKey);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.data;
}

describe('bulk import (contact/import, import/{id})', () => {
  it('reads a CSV uploaded to its link into a new group, its refused rows in a file of their own', async () => {
    const started = await call('/v1/contact/import', {
      groupName: 'Clients import',
      columns: { phone: 'Téléphone', firstName: 'prénom', lastName: 2, fields: { Solde: 'solde' } },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    const upload = started.body.data;
    expect(upload).toEqual({
      id: expect.any(String),
      status: 'AWAITING_FILE',
      groupId: expect.any(String),
      uploadUrl: expect.any(String),
      expiresAt: expect.any(String),
      maxBytes: 100 * 1024 * 1024,
    });
    // 15 minutes (the rehearsal's clock runs on a little between the answer and this line).
    const minutes = (new Date(upload.expiresAt).getTime() - stack.clock.now().getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(14.9);
    expect(minutes).toBeLessThanOrEqual(15);
    expect((await status(upload.id)).status).toBe('AWAITING_FILE');

    const file = spreadsheet('11');
    const put = await fetch(upload.uploadUrl, { method: 'PUT', body: file });
    expect(put.status, await put.text()).toBe(200);

    const done = await status(upload.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      groupId: upload.groupId,
      rowsRead: 1200,
      imported: 1197,
      duplicates: 1,
      refused: 2,
      bytes: Buffer.byteLength(file),
      bytesRead: Buffer.byteLength(file),
    });
    const refused = Papa.parse<string[]>(
      (await (await fetch(done.errorsUrl)).text()).replace(/^\uFEFF/, ''),
      {
        delimiter: ';',
        skipEmptyLines: true,
      },
    ).data;
    expect(refused.map((row) => row.slice(0, 2))).toEqual([
      ['line', 'value'],
      ['101', 'inconnu'],
      ['701', '123'],
    ]);

    const group = await call(`/v1/group/${upload.groupId}`);
    expect(group.body.data.memberCount).toBe(1197);
    const found = await call('/v1/contact/list', { phone: '22507110042' });
    expect(found.body.data).toEqual([
      expect.objectContaining({
        phone: '22507110042',
        firstName: 'Awa 42',
        lastName: 'Koné; 42',
        fields: { solde: '4200' },
      }),
    ]);
  });

  it('guesses the columns when none are named, and adds to an existing group', async () => {
    const group = await call('/v1/group/create', { name: 'Existant' });
    const started = await call('/v1/contact/import', { groupId: group.body.data.id });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    await fetch(started.body.data.uploadUrl, { method: 'PUT', body: spreadsheet('12') });
    expect(await status(started.body.data.id)).toMatchObject({ status: 'COMPLETED', imported: 1197 });
    const contact = await call('/v1/contact/list', { phone: '22507120042' });
    // `Solde` was taken as the field its header names.
    expect(contact.body.data[0]).toMatchObject({ firstName: 'Awa 42', fields: { solde: '4200' } });
    expect((await call(`/v1/group/${group.body.data.id}`)).body.data.memberCount).toBe(1197);
  });

  it('takes no upload once its link expired, nor through a link made for another file', async () => {
    const started = await call('/v1/contact/import', {});
    const url = new URL(started.body.data.uploadUrl);
    const other = new URL(url);
    other.pathname = other.pathname.replace(started.body.data.id, '0'.repeat(24));
    expect((await fetch(other, { method: 'PUT', body: 'x' })).status).toBe(403);
    await stack.later(15 * 60 + 1);
    expect((await fetch(url, { method: 'PUT', body: spreadsheet('13') })).status).toBe(403);
    expect((await status(started.body.data.id)).status).toBe('AWAITING_FILE');
  });

  it('refuses what it cannot do, naming it', async () => {
    const both = await call('/v1/contact/import', { groupId: '0'.repeat(24), groupName: 'x' });
    expect(both.status).toBe(400);
    expect(both.body.details.map((issue: { path: string }) => issue.path)).toEqual(['groupName']);
    const unknown = await call('/v1/contact/import', { groupId: '0'.repeat(24) });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('group-not-found');
    const fields = await call('/v1/contact/import', {
      columns: { phone: 0, fields: { Ville: 'Ville!' } },
      separator: '#',
    });
    expect(fields.status).toBe(400);
    expect(fields.body.details.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'columns.fields.Ville',
      'separator',
    ]);
  });

  it('never shows one account the imports of another', async () => {
    const started = await call('/v1/contact/import', {});
    const other = await createAccount(stack.db, {
      name: 'Autre',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const theirs = await call(`/v1/import/${started.body.data.id}`, {}, other.apiKey);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error).toBe('import-not-found');
  });
});
