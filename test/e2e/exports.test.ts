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

/** A campaign of 120 recipients with a field, sent and reported on (one number refused, one undelivered). */
async function sentCampaign() {
  await fetch(`${stack.url}/_local/outbox/failures`, {
    method: 'POST',
    body: JSON.stringify({ phone: '2250700070003', kind: 'final', reason: 'invalid-number' }),
  });
  await fetch(`${stack.url}/_local/outbox/reports`, {
    method: 'POST',
    body: JSON.stringify({ phone: '2250700070004', outcome: 'UNDELIVERED' }),
  });
  const created = await call('/v1/campaign/create', {
    contacts: Array.from({ length: 120 }, (_, i) => ({
      phone: `2250700070${String(i).padStart(3, '0')}`,
      // A name a spreadsheet would run as a formula.
      name: i === 0 ? '=1+1' : `Client ${i}`,
      fields: { montant: `${(i + 1) * 500}` },
    })),
    text: 'Votre facture de @montant FCFA est disponible.',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await stack.queues.drain();
  await stack.later(5);
  await stack.queues.drain();
  return created.body.data.id as string;
}

/** Every message of the log, page after page. */
async function messageLog(campaignId: string) {
  const all = [];
  for (let page = 1; ; page++) {
    const answer = await call(`/v1/campaign/${campaignId}/messages`, { page, count: 100 });
    all.push(...answer.body.data);
    if (all.length >= answer.body.totalCount) return all;
  }
}

/** Asks for the export until it is no longer running (the queue has run it by then). */
async function finished(exportId: string, apiKey?: string) {
  await stack.queues.drain();
  const answer = await call(`/v1/export/${exportId}`, {}, apiKey);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.data;
}

describe('exports (campaign/{id}/export, export/{id})', () => {
  it('writes a CSV for French spreadsheets, read through a link of one hour, equal to the message log', async () => {
    const campaignId = await sentCampaign();
    const started = await call(`/v1/campaign/${campaignId}/export`);
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body.data).toEqual({ id: expect.any(String), status: 'RUNNING' });

    const ready = await finished(started.body.data.id);
    expect(ready).toMatchObject({ id: started.body.data.id, campaignId, status: 'READY', rows: 120 });
    expect(new Date(ready.expiresAt).getTime() - stack.clock.now().getTime()).toBeGreaterThan(3590_000);

    const file = await fetch(ready.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="campagne-${campaignId}-${ready.createdAt.slice(0, 10)}.csv"`,
    );
    const bytes = Buffer.from(await file.arrayBuffer());
    // UTF-8 with its byte order mark: what Excel needs to read accents.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'phone;name;montant;text;segments;status;reason;providerStatus;sentAt;deliveredAt;clickedAt;occurrence',
    );
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data;

    const log = await messageLog(campaignId);
    expect(rows).toEqual(
      log.map((message, i) => ({
        phone: message.phone,
        name: i === 0 ? "'=1+1" : `Client ${i}`,
        montant: `${(i + 1) * 500}`,
        text: message.text,
        segments: String(message.segments),
        status: message.status,
        reason: message.reason ?? '',
        providerStatus: message.providerStatus ?? '',
        sentAt: message.sentAt ?? '',
        deliveredAt: message.deliveredAt ?? '',
        clickedAt: '',
        occurrence: message.occurrence,
      })),
    );
    expect(rows.find((row) => row.phone === '2250700070003')).toMatchObject({
      status: 'FAILED',
      reason: 'invalid-number',
    });
    expect(rows.find((row) => row.phone === '2250700070004')?.status).toBe('UNDELIVERED');
    expect(rows.filter((row) => row.status === 'DELIVERED')).toHaveLength(118);

    // An hour later the link is refused; asking again gives a new one.
    await stack.later(3601);
    expect((await fetch(ready.url)).status).toBe(403);
    const again = await finished(started.body.data.id);
    expect(again.url).not.toBe(ready.url);
    expect((await fetch(again.url)).status).toBe(200);
  });

  it('keeps only the messages of a status or of an occurrence', async () => {
    const campaignId = await sentCampaign();
    const failed = await call(`/v1/campaign/${campaignId}/export`, { status: 'FAILED' });
    expect((await finished(failed.body.data.id)).rows).toBe(1);
    const [first] = await messageLog(campaignId);
    const ofOccurrence = await call(`/v1/campaign/${campaignId}/export`, { occurrence: first.occurrence });
    expect((await finished(ofOccurrence.body.data.id)).rows).toBe(120);
    const none = await call(`/v1/campaign/${campaignId}/export`, { occurrence: '2020-01-01T00:00:00Z' });
    const empty = await finished(none.body.data.id);
    expect(empty.rows).toBe(0);
    // The header alone.
    const text = await (await fetch(empty.url)).text();
    expect(text.trim().split('\r\n')).toHaveLength(1);
  });

  it('refuses a status, an occurrence or a field it does not know, naming it', async () => {
    const campaignId = await sentCampaign();
    const status = await call(`/v1/campaign/${campaignId}/export`, { status: 'LU' });
    expect(status.status).toBe(400);
    expect(status.body.error).toBe('validation-error');
    expect(status.body.details.map((issue: { path: string }) => issue.path)).toEqual(['status']);
    const occurrence = await call(`/v1/campaign/${campaignId}/export`, { occurrence: 'hier' });
    expect(occurrence.body.details.map((issue: { path: string }) => issue.path)).toEqual(['occurrence']);
    const extra = await call(`/v1/campaign/${campaignId}/export`, { format: 'xlsx' });
    expect(extra.status).toBe(400);
    expect(JSON.stringify(extra.body.details)).toContain('format');
  });

  it('never shows one account the exports or campaigns of another', async () => {
    const campaignId = await sentCampaign();
    const started = await call(`/v1/campaign/${campaignId}/export`);
    await finished(started.body.data.id);
    const other = await createAccount(stack.db, {
      name: 'Autre',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const theirs = await call(`/v1/export/${started.body.data.id}`, {}, other.apiKey);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error).toBe('export-not-found');
    const campaign = await call(`/v1/campaign/${campaignId}/export`, {}, other.apiKey);
    expect(campaign.status).toBe(404);
    expect(campaign.body.error).toBe('campaign-not-found');
    expect((await call('/v1/export/0000000000000000000000000000')).status).toBe(404);
  });
});
