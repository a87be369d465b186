/**
 * A reply from a phone, as the two-way number receives it: a stop keyword opts the phone out of every
 * account whose messages reached it in the last 30 days, a start keyword back in; anything else is
 * only counted. An account that never reached the phone is never touched.
 */
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { inRange, queryAll } from '../db/paginate';
import type { Logger } from '../logger';
import type { SmsProvider, WebhookQueue } from '../ports';
import { normalisePhone } from '../text/phone';
import { type ConfirmationOutcome, confirmReply } from './confirmations';
import { keywordOf, type ReplyKeyword } from './keywords';
import { addOptOuts, removeOptOuts } from './repository';

/** How far back a reply looks for the accounts that reached its phone. */
export const REPLY_WINDOW_DAYS = 30;

export interface Reply {
  /** End User Messaging's id of the inbound message. */
  id: string;
  from: string;
  /** The two-way number replied to. */
  to: string;
  text: string;
}

export interface ReplyOutcome {
  keyword?: ReplyKeyword;
  /** The accounts it opted the phone out of, or back in to. */
  accounts: string[];
  confirmation?: ConfirmationOutcome;
}

export async function handleReply(
  deps: {
    db: Db;
    clock: Clock;
    log: Logger;
    /** Given when replies are confirmed (REPLY_CONFIRMATIONS). */
    confirmWith?: SmsProvider;
    webhookQueue?: WebhookQueue;
  },
  reply: Reply,
): Promise<ReplyOutcome> {
  const phone = normalisePhone(reply.from);
  const keyword = keywordOf(reply.text);
  if (!phone.ok || !keyword) {
    deps.log.info('reply with no keyword, or from no phone number', {
      keyword: keyword?.word,
      valid: phone.ok,
    });
    return { ...(keyword ? { keyword } : {}), accounts: [] };
  }
  const accounts = await accountsThatReached(deps.db, phone.phone, deps.clock.now());
  for (const accountId of accounts) {
    if (keyword.kind === 'stop') {
      await addOptOuts(
        deps.db,
        accountId,
        [phone.phone],
        { source: 'reply', keyword: keyword.word },
        deps.clock.now(),
        deps,
      );
    } else {
      await removeOptOuts(deps.db, accountId, [phone.phone], deps.clock.now(), deps);
    }
  }
  // A phone no account reached gets no answer: the number does not talk to strangers at our expense.
  const confirmation =
    deps.confirmWith && accounts.length > 0
      ? await confirmReply(
          { ...deps, sms: deps.confirmWith },
          { id: reply.id, from: phone.phone, to: reply.to, keyword },
        )
      : undefined;
  deps.log.info('reply', { keyword: keyword.word, accounts: accounts.length, confirmation });
  return { keyword, accounts, ...(confirmation ? { confirmation } : {}) };
}

async function accountsThatReached(db: Db, phone: string, now: Date): Promise<string[]> {
  const since = new Date(now.getTime() - REPLY_WINDOW_DAYS * 86_400_000).toISOString();
  const accounts = new Set<string>();
  const pages = queryAll<{ gsi3sk: string }>(
    db,
    inRange(keys.accountsThatReached(phone), { sk: { from: since } }),
  );
  for await (const page of pages) {
    for (const entry of page) accounts.add(entry.gsi3sk.slice(entry.gsi3sk.lastIndexOf('#') + 1));
  }
  return [...accounts];
}
