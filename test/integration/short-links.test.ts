import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Outbox } from '../../local/sending';
import { getCampaign } from '../../shared/campaigns/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { keys } from '../../shared/db/keys';
import { inRange, queryAll } from '../../shared/db/paginate';
import { applyClicks } from '../../shared/links/clicks';
import { followLink } from '../../shared/links/redirect';
import { createLogger } from '../../shared/logger';
import type { LinkClick } from '../../shared/ports';
import { sendChunk } from '../../shared/sending/send';
import { dispatchedCampaign } from '../support/campaigns';
import { createTestDb } from '../support/db';

/** Codes the next messages draw, before random ones: to make two messages meet on one code. */
const drawn = vi.hoisted(() => ({ next: [] as string[] }));
vi.mock('../../shared/links/short-links', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/links/short-links')>();
  return { ...original, newLinkCode: () => drawn.next.shift() ?? original.newLinkCode() };
});

let db: Db;
const clock = new ManualClock('2026-06-01T08:00:00.000Z');
const log = createLogger({ level: 'silent' });
const BASE = 'https://go.ex.ci';

beforeAll(async () => {
  db = await createTestDb();
});

/** A campaign with a link, sent to `count` phones: the short link each message got. */
async function sentWithLinks(count: number, text = 'Promo -30% : https://boutique.ex.ci/noel') {
  const tasks = await dispatchedCampaign(db, clock, count, { text, linkBase: BASE });
  const outbox = new Outbox(clock);
  for (const task of tasks) await sendChunk({ db, clock, provider: outbox, log }, task);
  const task = tasks[0] as (typeof tasks)[number];
  const codes = outbox.messages.map((message) => {
    const code = new RegExp(`${BASE}/([0-9A-Za-z]{8})`).exec(message.text)?.[1];
    expect(code).toBeDefined();
    return code as string;
  });
  return { accountId: task.accountId, campaignId: task.campaignId, codes, outbox };
}

async function clickOn(code: string, requestId: string, userAgent = 'Mozilla/5.0 (Linux; Android 14)') {
  const answer = await followLink(db, { code, method: 'GET', userAgent, requestId }, clock.now());
  if (answer.kind !== 'redirect' || !answer.click) throw new Error(`not a counted click: ${answer.kind}`);
  return answer.click;
}

describe('short links and their clicks on DynamoDB', () => {
  it('writes one link item a message, with the message claim, each code its own', async () => {
    const { codes } = await sentWithLinks(300);
    expect(new Set(codes).size).toBe(300);
    const answer = await followLink(
      db,
      { code: codes[7] as string, method: 'GET', userAgent: undefined, requestId: 'r' },
      clock.now(),
    );
    expect(answer).toMatchObject({ kind: 'redirect', url: 'https://boutique.ex.ci/noel' });
  });

  it('draws another code when a message meets a code already given, and never writes over its link', async () => {
    const first = await sentWithLinks(1, 'Soldes : https://boutique.ex.ci/soldes');
    const taken = first.codes[0] as string;
    drawn.next = [taken, taken];
    const second = await sentWithLinks(2, 'Reçu : https://recus.ex.ci/r/42');
    expect(drawn.next).toEqual([]);
    expect(second.outbox.messages).toHaveLength(2);
    expect(second.codes).not.toContain(taken);
    expect(new Set(second.codes).size).toBe(2);
    const follow = (code: string) =>
      followLink(db, { code, method: 'GET', userAgent: undefined, requestId: code }, clock.now());
    expect(await follow(taken)).toMatchObject({ kind: 'redirect', url: 'https://boutique.ex.ci/soldes' });
    for (const code of second.codes) {
      expect(await follow(code)).toMatchObject({ kind: 'redirect', url: 'https://recus.ex.ci/r/42' });
    }
  });

  it('counts a click handed over twice once, and a message clicked twice as one clicked', async () => {
    const { accountId, campaignId, codes } = await sentWithLinks(3);
    const first = await clickOn(codes[0] as string, 'req-1');
    const second = await clickOn(codes[0] as string, 'req-2');
    const other = await clickOn(codes[1] as string, 'req-3');
    const applied = await applyClicks(db, [first, first, other], clock.now());
    expect(applied.applied).toBe(2);
    expect(applied.raised).toEqual([]);
    // The queue hands the first click over again, with the second one.
    expect((await applyClicks(db, [first, second], clock.now())).applied).toBe(1);
    const campaign = await getCampaign(db, accountId, campaignId);
    expect(campaign).toMatchObject({ clicks: 3, clicked: 2 });
    const hours: { clicks: number }[] = [];
    for await (const page of queryAll<{ clicks: number }>(
      db,
      inRange(keys.campaignClicksOf(accountId, campaignId)),
    ))
      hours.push(...page);
    expect(hours.map((hour) => hour.clicks)).toEqual([3]);
  });

  it('counts concurrent batches on the same message exactly', async () => {
    const { accountId, campaignId, codes } = await sentWithLinks(1);
    const clicks: LinkClick[] = [];
    for (let i = 0; i < 12; i++) clicks.push(await clickOn(codes[0] as string, `burst-${i}`));
    await Promise.all(
      [0, 1, 2, 3].map((part) => applyClicks(db, clicks.slice(part * 3, part * 3 + 3), clock.now())),
    );
    expect(await getCampaign(db, accountId, campaignId)).toMatchObject({ clicks: 12, clicked: 1 });
  });

  it('applies at most 40 clicks on one message a batch, over many hours, and leaves the rest to the queue', async () => {
    const { accountId, campaignId, codes } = await sentWithLinks(1);
    const click = await clickOn(codes[0] as string, 'base');
    // A click an hour for 45 hours, handed over together (a queue that was stopped, then drained).
    const clicks = Array.from({ length: 45 }, (_, i) => ({
      ...click,
      id: `hour-${i}`,
      at: new Date(clock.now().getTime() + i * 3_600_000).toISOString(),
    }));
    const first = await applyClicks(db, clicks, clock.now());
    expect(first.applied).toBe(40);
    expect(first.deferred).toHaveLength(5);
    expect((await applyClicks(db, first.deferred, clock.now())).applied).toBe(5);
    expect(await getCampaign(db, accountId, campaignId)).toMatchObject({ clicks: 45, clicked: 1 });
  });

  it('does not count robots, HEAD requests or expired links, and leads nowhere else', async () => {
    const { codes } = await sentWithLinks(1);
    const code = codes[0] as string;
    const robot = await followLink(
      db,
      { code, method: 'GET', userAgent: 'facebookexternalhit/1.1', requestId: 'x' },
      clock.now(),
    );
    expect(robot).toEqual({ kind: 'redirect', url: 'https://boutique.ex.ci/noel' });
    const head = await followLink(
      db,
      { code, method: 'HEAD', userAgent: 'curl/8', requestId: 'y' },
      clock.now(),
    );
    expect(head).toEqual({ kind: 'redirect', url: 'https://boutique.ex.ci/noel' });
    expect(
      await followLink(db, { code: `${code}1`, method: 'GET', userAgent: '', requestId: 'z' }, clock.now()),
    ).toEqual({
      kind: 'unknown',
    });
    const later = new Date(clock.now().getTime() + 90 * 86_400_000);
    expect(await followLink(db, { code, method: 'GET', userAgent: '', requestId: 'w' }, later)).toEqual({
      kind: 'gone',
    });
  });
});
