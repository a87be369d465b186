import { beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../local/sending';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { createLogger } from '../../shared/logger';
import { CONFIRMATION_TEXTS, confirmReply } from '../../shared/opt-outs/confirmations';
import { ProviderError, type ReplySms, type SmsProvider } from '../../shared/ports';
import { measureText } from '../../shared/text/segments';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-05-04T08:00:00.000Z');
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

const stop = (id: string) => ({
  id,
  from: '2250700000001',
  to: '+2250000000000',
  keyword: { kind: 'stop' as const, word: 'STOP' },
});

/** An SMS provider whose replies fail with each of `failures` in turn, then go to the outbox. */
function failingReplies(outbox: Outbox, failures: Error[]): SmsProvider {
  return {
    send: (message) => outbox.send(message),
    sendReply: async (message: ReplySms) => {
      const failure = failures.shift();
      if (failure) throw failure;
      return outbox.sendReply(message);
    },
  };
}

describe('confirming a reply', () => {
  it('says each confirmation in one GSM-7 segment', () => {
    for (const text of Object.values(CONFIRMATION_TEXTS)) {
      expect(measureText(text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    }
  });

  it('confirms a reply delivered twice once, from the number it came to', async () => {
    const outbox = new Outbox(clock);
    const deps = { db, clock, log, sms: outbox };
    expect(await confirmReply(deps, stop('twice'))).toBe('sent');
    expect(await confirmReply(deps, stop('twice'))).toBe('already-sent');
    expect(outbox.replies).toEqual([
      expect.objectContaining({ to: '2250700000001', from: '+2250000000000', text: CONFIRMATION_TEXTS.stop }),
    ]);
  });

  it('gives the claim back on a refusal worth retrying, so the retry confirms', async () => {
    const outbox = new Outbox(clock);
    const sms = failingReplies(outbox, [new ProviderError('provider-refused', true, 'ThrottlingException')]);
    const deps = { db, clock, log, sms };
    await expect(confirmReply(deps, stop('throttled'))).rejects.toMatchObject({ retryable: true });
    expect(await confirmReply(deps, stop('throttled'))).toBe('sent');
    expect(outbox.replies).toHaveLength(1);
  });

  it('never tries again when the answer was lost or the refusal is final', async () => {
    const outbox = new Outbox(clock);
    const lost = Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
    const refused = new ProviderError('invalid-number', false, 'ValidationException');
    const deps = { db, clock, log, sms: failingReplies(outbox, [lost, refused]) };
    expect(await confirmReply(deps, stop('lost'))).toBe('unknown');
    expect(await confirmReply(deps, stop('lost'))).toBe('already-sent');
    expect(await confirmReply(deps, stop('refused'))).toBe('refused');
    expect(await confirmReply(deps, stop('refused'))).toBe('already-sent');
    expect(outbox.replies).toHaveLength(0);
  });
});
