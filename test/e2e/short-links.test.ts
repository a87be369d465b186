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

async function outbox(campaignId: string) {
  const response = await fetch(`${stack.url}/_local/outbox?campaignId=${campaignId}`);
  return ((await response.json()) as { data: { to: string; text: string }[] }).data;
}

const follow = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', ...init });

const LONG_URL =
  'https://boutique.exemple.ci/promotions/decembre/offre-speciale?utm_source=sms&utm_campaign=noel';

describe('tracked short links', () => {
  it('sends each message its own short link, which leads to the link written and counts the click', async () => {
    const created = await call('/v1/campaign/create', {
      contacts: [
        { phone: '2250700060001', firstName: 'Awa' },
        { phone: '2250700060002', firstName: 'Kofi' },
      ],
      text: `Bonjour @prenom, -30% pour Noël : ${LONG_URL}.`,
      trackLinks: true,
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ trackLinks: true, linkExpiryDays: 90 });
    const id = created.body.data.id;
    const sent = await outbox(id);
    expect(sent).toHaveLength(2);
    const links = sent.map((message) => {
      const match = new RegExp(`${stack.url}/l/([0-9A-Za-z]{8})\\.$`).exec(message.text);
      expect(message.text).not.toContain(LONG_URL);
      return match?.[0].slice(0, -1) as string;
    });
    expect(links.every(Boolean)).toBe(true);
    expect(new Set(links).size).toBe(2);

    const first = await follow(links[0] as string);
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe(LONG_URL);
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    // The same person again, a robot drawing the link's preview, and a HEAD: only the GET counts.
    await follow(links[0] as string);
    const robot = await follow(links[0] as string, { headers: { 'user-agent': 'WhatsApp/2.23.20.0 A' } });
    expect(robot.status).toBe(302);
    const head = await follow(links[0] as string, { method: 'HEAD' });
    expect(head.status).toBe(302);
    await stack.later(10);

    const campaign = (await call(`/v1/campaign/${id}`)).body.data;
    expect(campaign.stats).toMatchObject({ clicked: 1, clicks: 2 });
    const messages = (await call(`/v1/campaign/${id}/messages`)).body.data as {
      phone: string;
      text: string;
      clicks: number;
      clickedAt?: string;
    }[];
    const clicked = messages.find((message) => message.text.includes(links[0] as string));
    expect(clicked).toMatchObject({ clicks: 2, clickedAt: expect.any(String) });
    expect(messages.find((message) => message !== clicked)).toMatchObject({ clicks: 0 });
    expect(messages.find((message) => message !== clicked)?.clickedAt).toBeUndefined();
  });

  it('draws the clicks over time, by hour and by day in the campaign’s time zone', async () => {
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700060006' }],
      text: `Les soldes : ${LONG_URL}`,
      trackLinks: true,
      timezone: 'Africa/Porto-Novo',
    });
    const id = created.body.data.id;
    const [sent] = await outbox(id);
    const link = /http\S+\/l\/[0-9A-Za-z]{8}/.exec(sent?.text ?? '')?.[0] as string;
    const clickedAt: Date[] = [];
    const click = async () => {
      clickedAt.push(stack.clock.now());
      expect((await follow(link)).status).toBe(302);
    };
    await click();
    await stack.later(2 * 3600);
    await click();
    await click();
    await stack.later(24 * 3600);
    await click();
    await stack.later(10);

    const HOUR = 3_600_000;
    const hourOf = (at: Date) => Math.floor(at.getTime() / HOUR) * HOUR;
    // Porto-Novo is an hour ahead of UTC all year: its days begin at 23:00 UTC.
    const dayOf = (at: Date) => Math.floor((at.getTime() + HOUR) / (24 * HOUR)) * 24 * HOUR - HOUR;
    const expected = (startOf: (at: Date) => number, step: number) => {
      const starts = clickedAt.map(startOf);
      const points = [];
      for (let at = Math.min(...starts); at <= Math.max(...starts); at += step) {
        points.push({
          at: new Date(at).toISOString(),
          clicks: starts.filter((start) => start === at).length,
        });
      }
      return points;
    };

    const byHour = await call(`/v1/campaign/${id}/clicks`);
    expect(byHour.status).toBe(200);
    expect(byHour.body.data).toEqual({
      campaignId: id,
      interval: 'hour',
      timezone: 'Africa/Porto-Novo',
      clicks: 4,
      points: expected(hourOf, HOUR),
    });
    expect(byHour.body.data.points.length).toBeGreaterThanOrEqual(27);
    const byDay = (await call(`/v1/campaign/${id}/clicks`, { interval: 'day' })).body.data;
    expect(byDay).toMatchObject({ interval: 'day', clicks: 4, points: expected(dayOf, 24 * HOUR) });

    const untracked = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700060007' }],
      text: 'Bonjour',
    });
    expect((await call(`/v1/campaign/${untracked.body.data.id}/clicks`)).body.data).toMatchObject({
      clicks: 0,
      points: [],
    });
  });

  it('refuses an unknown interval, another account’s campaign, and a path no campaign route serves', async () => {
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700060008' }],
      text: 'Bonjour',
    });
    const wrong = await call(`/v1/campaign/${created.body.data.id}/clicks`, { interval: 'week' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([{ path: 'interval', message: expect.any(String) }]);
    const other = await createAccount(stack.db, {
      name: 'Autre',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const theirs = await call(`/v1/campaign/${created.body.data.id}/clicks`, {}, other.apiKey);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error).toBe('campaign-not-found');
    const nowhere = await call(`/v1/campaign/${created.body.data.id}/nowhere`);
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.success).toBe(false);
  });

  it('answers 404 in French for a code that leads nowhere, and 405 for other methods', async () => {
    for (const code of ['AbCd1234', 'nope', 'AbCd12340']) {
      const answer = await follow(`${stack.url}/l/${code}`);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(await answer.text()).toContain('Lien introuvable');
    }
    expect((await follow(`${stack.url}/l/AbCd1234`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 410 in French once the link has expired', async () => {
    const created = await call('/v1/campaign/create', {
      contacts: [{ phone: '2250700060003' }],
      text: 'Votre reçu : https://recus.exemple.ci/r/123',
      trackLinks: true,
      linkExpiryDays: 1,
    });
    const [sent] = await outbox(created.body.data.id);
    const link = /http\S+\/l\/[0-9A-Za-z]{8}/.exec(sent?.text ?? '')?.[0] as string;
    expect((await follow(link)).status).toBe(302);
    await stack.later(86_400);
    const gone = await follow(link);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('Lien expiré');
  });

  it('counts the segments of the short form in the preview and the estimate', async () => {
    const text = `Offre valable jusqu'à dimanche, profitez-en vite avant la fin du stock : ${LONG_URL}`;
    const plain = (await call('/v1/sms/preview', { text })).body.data;
    const short = (await call('/v1/sms/preview', { text, trackLinks: true })).body.data;
    expect(plain.segments).toBe(2);
    expect(short.segments).toBe(1);
    expect(short.shortLinks).toEqual({ urls: [LONG_URL], segmentsWithoutShortLinks: 2 });
    expect(plain.shortLinks).toBeNull();
    const estimate = (
      await call('/v1/campaign/estimate', { contacts: [{ phone: '2250700060004' }], text, trackLinks: true })
    ).body.data;
    expect(estimate.segments).toBe(1);
  });

  it('refuses linkExpiryDays out of range or without trackLinks, naming it', async () => {
    for (const [body, path] of [
      [{ trackLinks: true, linkExpiryDays: 0 }, 'linkExpiryDays'],
      [{ trackLinks: true, linkExpiryDays: 366 }, 'linkExpiryDays'],
      [{ trackLinks: true, linkExpiryDays: 1.5 }, 'linkExpiryDays'],
      [{ linkExpiryDays: 30 }, 'linkExpiryDays'],
      [{ trackLinks: 'yes' }, 'trackLinks'],
    ] as const) {
      const answer = await call('/v1/campaign/create', {
        contacts: [{ phone: '2250700060005' }],
        text: 'https://ex.ci',
        ...body,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.details).toEqual([{ path, message: expect.any(String) }]);
    }
  });
});
