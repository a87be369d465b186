/**
 * The operators' back office, for accounts (CONTRACT.md, Operators' back office): open one with its
 * first owner and opening balance, find them, read one whole, suspend and resume. The admin command line
 * and the `/v1/operator/…` routes call these same functions; every change is in the account's audit log.
 */
import type { Account, Plan, Suspension } from '../accounts/account';
import { getMember, listMembers } from '../accounts/member-repository';
import { inviteMember } from '../accounts/member-use-cases';
import { type Member, memberIdOf } from '../accounts/members';
import { createAccount, getAccount, listAccounts, setSuspension } from '../accounts/repository';
import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import { type CampaignItem, listCampaigns } from '../campaigns/repository';
import type { Clock } from '../clock';
import { mapLimit } from '../db/batch';
import type { Db } from '../db/client';
import { noAccount, OperatorError } from '../errors';
import type { Logger } from '../logger';
import type { Units } from '../money/amount';
import { type BalanceRead, getBalance, moneyDeps } from '../money/balance';
import type { Price } from '../money/prices';
import { listPrices } from '../money/repository';
import { moveBalance } from '../money/use-cases';
import type { Page, PageRequest } from '../page';
import type { UserDirectory, WebhookQueue } from '../ports';
import { listSenders, type SenderItem } from '../senders/repository';
import { lastUsageDay, usageOfAccount } from '../usage/repository';
import { addCounts, type Counts, NO_COUNTS, totalOf } from '../usage/usage';

export interface BackOfficeDeps {
  db: Db;
  clock: Clock;
  currency?: string;
  /** Where events go at once (`account.topped_up`); the command line has none: the sweeper relays them. */
  webhookQueue?: WebhookQueue;
  log?: Logger;
}

export const OPENING_BALANCE_NOTE = "Solde d'ouverture";

/**
 * A new account for a customer: made (with the API key every account starts with, which the operator
 * never sees), credited with its opening balance, and its first owner invited. Given the request's
 * `operationId`, a retry after a crash half-way finds what was done and does the rest: the account is
 * that id, its opening top-up the account's id too, its owner the member already invited.
 */
export async function openAccount(
  /** `directory`: the user pool, which invites the owner (needed when one is named). */
  deps: BackOfficeDeps & { directory?: UserDirectory },
  input: { name: string; plan: Plan; openingBalance?: Units; ownerEmail?: string; operationId?: string },
  actor: Actor,
): Promise<{ account: Account; owner?: Member; issued?: { apiKey: string; keyId: string } }> {
  if (input.ownerEmail && !deps.directory) throw new Error('inviting an owner needs the user pool');
  const now = deps.clock.now();
  const earlier = input.operationId ? await getAccount(deps.db, input.operationId) : undefined;
  let account = earlier;
  let issued: { apiKey: string; keyId: string } | undefined;
  if (!account) {
    const made = await createAccount(deps.db, {
      name: input.name,
      plan: input.plan,
      now,
      actor,
      ...(input.operationId ? { id: input.operationId } : {}),
    });
    account = made.account;
    issued = { apiKey: made.apiKey, keyId: made.keyId };
  }
  if (input.openingBalance) {
    // One opening balance an account: a retry records the same entry, which is there already.
    await moveBalance(
      moneyDeps(deps),
      account.id,
      { id: account.id, type: 'TOP_UP', units: input.openingBalance, note: OPENING_BALANCE_NOTE },
      now,
      actor,
    );
  }
  const owner = input.ownerEmail
    ? ((earlier && (await getMember(deps.db, account.id, memberIdOf(input.ownerEmail)))) ??
      (await inviteMember(
        { db: deps.db, clock: deps.clock, directory: deps.directory as UserDirectory },
        { accountId: account.id, role: 'owner', by: 'user', id: actor.id, label: actor.label },
        { email: input.ownerEmail, role: 'owner' },
        actor,
      )))
    : undefined;
  return { account, ...(issued ? { issued } : {}), ...(owner ? { owner } : {}) };
}

export interface AccountRow {
  account: Account;
  balance: BalanceRead;
  /** The last day it sent anything (UTC), if ever. */
  lastActiveDay?: string;
}

async function rowOf(db: Db, account: Account): Promise<AccountRow> {
  const [balance, lastActiveDay] = await Promise.all([
    getBalance(db, account.id),
    lastUsageDay(db, account.id),
  ]);
  return { account, balance, ...(lastActiveDay ? { lastActiveDay } : {}) };
}

/** Accounts by name, each with its balance and last activity (an id searched for finds its account). */
export async function findAccounts(
  db: Db,
  request: PageRequest & { search?: string },
): Promise<Page<AccountRow>> {
  const byId = request.search && (await getAccount(db, request.search));
  const page: Page<Account> = byId
    ? { items: [byId], totalCount: 1, page: 1, size: request.size }
    : await listAccounts(db, request);
  return { ...page, items: await mapLimit(page.items, 10, (account) => rowOf(db, account)) };
}

export async function requireAccount(db: Db, accountId: string): Promise<Account> {
  const account = await getAccount(db, accountId);
  if (!account) throw noAccount(accountId);
  return account;
}

/** One month's usage: what was sent, delivered, charged. */
export interface MonthUsage {
  month: string;
  counts: Counts;
}

/** An account's usage by calendar month (UTC), the `months` last ones, oldest first. */
export async function usageByMonth(db: Db, accountId: string, now: Date, months = 12): Promise<MonthUsage[]> {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const days = await usageOfAccount(
    db,
    accountId,
    first.toISOString().slice(0, 10),
    now.toISOString().slice(0, 10),
  );
  const byMonth = new Map<string, Counts>();
  for (let index = 0; index < months; index++) {
    const month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + index, 1));
    byMonth.set(month.toISOString().slice(0, 7), { ...NO_COUNTS });
  }
  for (const day of days) {
    const month = day.day.slice(0, 7);
    byMonth.set(month, addCounts(byMonth.get(month) ?? { ...NO_COUNTS }, totalOf(day)));
  }
  return [...byMonth].map(([month, counts]) => ({ month, counts }));
}

/** Everything an operator reads of one account, on one page. */
export interface AccountFile extends AccountRow {
  prices: Price[];
  members: Page<Member>;
  senders: Page<SenderItem>;
  campaigns: Page<CampaignItem>;
  usage: MonthUsage[];
}

export async function accountFile(db: Db, accountId: string, now: Date): Promise<AccountFile> {
  const account = await requireAccount(db, accountId);
  const [row, prices, members, senders, campaigns, usage] = await Promise.all([
    rowOf(db, account),
    listPrices(db, accountId),
    listMembers(db, accountId, { page: 1, size: 50 }),
    listSenders(db, accountId, { orderBy: 'createdAt', sort: 'desc', page: 1, size: 50 }),
    listCampaigns(db, accountId, { status: 'ALL', page: 1, size: 10 }),
    usageByMonth(db, accountId, now),
  ]);
  return { ...row, prices, members, senders, campaigns, usage };
}

/**
 * Stops an account at once: its keys and members are refused (`403 account-suspended`), its schedules
 * fire into occurrences that fail `account-suspended`, uncharged. Campaigns stay as they are.
 */
export async function suspendAccount(
  deps: BackOfficeDeps,
  accountId: string,
  reason: string,
  actor: Actor,
): Promise<Account> {
  const now = deps.clock.now();
  const suspension: Suspension = { reason, at: now.toISOString(), by: actor.label };
  const changed = await setSuspension(deps.db, accountId, suspension, [
    auditOf(deps.db, accountId, actor, 'account.suspend', { type: 'account', id: accountId }, now, {
      reason,
    }),
  ]);
  if (!changed) {
    throw new OperatorError('changed-meanwhile', `Account ${accountId} is already suspended.`);
  }
  return requireAccount(deps.db, accountId);
}

/** Lets the account work again: later occurrences send (those that failed while suspended stay failed). */
export async function resumeAccount(
  deps: BackOfficeDeps,
  accountId: string,
  note: string | undefined,
  actor: Actor,
): Promise<Account> {
  const now = deps.clock.now();
  const changed = await setSuspension(deps.db, accountId, undefined, [
    auditOf(
      deps.db,
      accountId,
      actor,
      'account.resume',
      { type: 'account', id: accountId },
      now,
      note ? { note } : undefined,
    ),
  ]);
  if (!changed) throw new OperatorError('account-not-suspended', `Account ${accountId} is not suspended.`);
  return requireAccount(deps.db, accountId);
}
