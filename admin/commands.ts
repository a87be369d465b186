import { parseArgs } from 'node:util';
import * as z from 'zod';
import { DEFAULT_PLAN } from '../shared/accounts/account';
import {
  getAccount,
  issueApiKey,
  listApiKeys,
  revokeApiKey,
  setDefaultSender,
  setQuietHours,
  setRequestsPerSecond,
} from '../shared/accounts/repository';
import { operatorActor } from '../shared/audit/audit';
import type { Clock } from '../shared/clock';
import { DEFAULT_CURRENCY } from '../shared/config';
import type { Db } from '../shared/db/client';
import { noAccount } from '../shared/errors';
import { newId } from '../shared/ids';
import { amountOf, amountSchema, unitsOf } from '../shared/money/amount';
import { getBalance, moneyDeps } from '../shared/money/balance';
import { availableOf, type LedgerEntry } from '../shared/money/ledger';
import { countrySchema } from '../shared/money/prices';
import { listLedger, listPrices, setProviderCost } from '../shared/money/repository';
import { changeBalanceSettings, moveBalance, setPriceAs } from '../shared/money/use-cases';
import { findAccounts, openAccount, resumeAccount, suspendAccount } from '../shared/operators/accounts';
import { platformOverview } from '../shared/operators/overview';
import { overviewView } from '../shared/operators/views';
import { totalPages } from '../shared/page';
import type { UserDirectory } from '../shared/ports';
import { quietHoursSchema } from '../shared/quiet-hours/quiet-hours';
import { listSendersByStatus, type SenderItem } from '../shared/senders/repository';
import { SENDER_STATUSES, type SenderStatus, senderNameSchema } from '../shared/senders/sender';
import { setSenderStatus } from '../shared/senders/use-cases';

export const USAGE = `Operators' command line for the SMS platform.

  npm run admin -- account create --name NAME [--sender-limit N] [--requests-per-second N]
                    [--opening-balance AMOUNT] [--owner EMAIL]   (the owner is invited by e-mail)
  npm run admin -- account list [--search NAME_START] [--page N] [--count N]
  npm run admin -- account show ACCOUNT_ID
  npm run admin -- account suspend ACCOUNT_ID --reason TEXT   (its keys and people get 403, it sends nothing)
  npm run admin -- account resume ACCOUNT_ID [--note TEXT]
  npm run admin -- account set-default-sender ACCOUNT_ID SENDER_NAME
  npm run admin -- account set-requests-per-second ACCOUNT_ID N|default
  npm run admin -- account set-quiet-hours ACCOUNT_ID START END|off   (e.g. 21:00 08:00, in each recipient's time)
  npm run admin -- apikey create --account ACCOUNT_ID
  npm run admin -- apikey list --account ACCOUNT_ID
  npm run admin -- apikey revoke --account ACCOUNT_ID KEY_ID
  npm run admin -- sender list [--status PENDING|SUBMITTED|ACCEPTED|REFUSED] [--page N] [--count N]
  npm run admin -- sender set-status SENDER_ID SUBMITTED|ACCEPTED|REFUSED [--reason TEXT]
  npm run admin -- account top-up ACCOUNT_ID AMOUNT --note TEXT   (adds to the balance, e.g. 100000)
  npm run admin -- account adjust ACCOUNT_ID AMOUNT --note TEXT   (signed: -250 takes 250 away)
  npm run admin -- account ledger ACCOUNT_ID [--page N] [--count N]   (the balance and its movements, newest first)
  npm run admin -- account set-credit-limit ACCOUNT_ID AMOUNT   (how far below zero it may go; 0 by default)
  npm run admin -- account set-spend-limit ACCOUNT_ID AMOUNT|none   (charges plus holds per calendar month, UTC)
  npm run admin -- price set COUNTRY AMOUNT [--account ACCOUNT_ID]   (per segment, e.g. price set CI 25)
  npm run admin -- price list [--account ACCOUNT_ID]   (the platform's, or what applies to the account)
  npm run admin -- price provider-cost COUNTRY AMOUNT|none   (what the provider charges per segment)
  npm run admin -- overview   (the last 30 days: per day, country, network; charged vs provider cost)

Target: the running local stack (npm start) by default; a deployed table with
  --table TABLE_NAME [--region REGION] [--user-pool USER_POOL_ID] and the operator's AWS credentials
  (--endpoint URL points at another DynamoDB, such as a DynamoDB Local of your own).
Output is JSON on stdout; errors go to stderr with exit code 1 (2 for a usage error).`;

export class UsageError extends Error {}

/** The operator the audit log names: the machine's user. */
const actor = (context: AdminContext) => operatorActor(context.operator ?? 'operator');

export interface AdminContext {
  db: Db;
  clock: Clock;
  /** The platform's currency (`CURRENCY`), for the events a top-up raises. */
  currency?: string;
  /** Who runs the command, as the audit log names them (the machine's user). */
  operator?: string;
  /** The user pool, for the invitation `account create --owner` sends. */
  directory?: UserDirectory;
}

const OPTIONS = {
  name: { type: 'string' },
  'sender-limit': { type: 'string' },
  'requests-per-second': { type: 'string' },
  account: { type: 'string' },
  status: { type: 'string' },
  reason: { type: 'string' },
  note: { type: 'string' },
  'opening-balance': { type: 'string' },
  owner: { type: 'string' },
  search: { type: 'string' },
  'user-pool': { type: 'string' },
  page: { type: 'string' },
  count: { type: 'string' },
  table: { type: 'string' },
  region: { type: 'string' },
  endpoint: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A negative amount (`-250`) is a positional, not an option: it is held apart from the parser. */
const NEGATIVE = /^-\d/;
const HELD = '\u0000';

export function parseAdminArgs(argv: string[]) {
  try {
    const parsed = parseArgs({
      args: argv.map((arg) => (NEGATIVE.test(arg) ? `${HELD}${arg}` : arg)),
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const values = Object.fromEntries(
      Object.entries(parsed.values).map(([name, value]) => [
        name,
        typeof value === 'string' ? value.replace(HELD, '') : value,
      ]),
    ) as typeof parsed.values;
    return { values, positionals: parsed.positionals.map((arg) => arg.replace(HELD, '')) };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export type AdminFlags = ReturnType<typeof parseAdminArgs>['values'];

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

function positiveInt(value: string | undefined, what: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${what} must be a whole number of at least 1`);
  return number;
}

function senderStatus(value: string | undefined, allowed: readonly string[]): SenderStatus {
  const status = value?.toUpperCase();
  if (!status || !allowed.includes(status)) {
    throw new UsageError(`status must be one of ${allowed.join(', ')}${value ? `, not ${value}` : ''}`);
  }
  return status as SenderStatus;
}

const ledgerRow = (entry: LedgerEntry) => ({
  id: entry.id,
  type: entry.type,
  amount: amountOf(entry.units),
  balanceAfter: amountOf(entry.balanceAfter),
  ...(entry.note ? { note: entry.note } : {}),
  createdAt: entry.createdAt,
});

const senderRow = (item: SenderItem) => ({
  id: item.id,
  accountId: item.accountId,
  name: item.name,
  description: item.description,
  status: item.status,
  ...(item.refusalReason ? { refusalReason: item.refusalReason } : {}),
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

/** Runs one operator command and returns what it prints. */
export async function runAdminCommand(
  positionals: string[],
  flags: AdminFlags,
  context: AdminContext,
): Promise<unknown> {
  const { db, clock } = context;
  const [noun, verb, ...rest] = positionals;
  switch (verb === undefined ? `${noun}` : `${noun} ${verb}`) {
    case 'account create': {
      const senderLimit = positiveInt(flags['sender-limit'], '--sender-limit', DEFAULT_PLAN.senderLimit);
      const requestsPerSecond = flags['requests-per-second']
        ? positiveInt(flags['requests-per-second'], '--requests-per-second', 0)
        : undefined;
      const openingBalance =
        flags['opening-balance'] === undefined ? undefined : unitsOf(flags['opening-balance']);
      if (openingBalance !== undefined && !(openingBalance > 0)) {
        throw new UsageError('--opening-balance must be more than 0, with at most 4 decimals');
      }
      if (flags['opening-balance'] !== undefined && openingBalance === undefined) {
        throw new UsageError('--opening-balance must be an amount, with at most 4 decimals');
      }
      if (flags.owner && !context.directory) {
        throw new UsageError('--owner needs the user pool: --user-pool USER_POOL_ID (a deployed stack)');
      }
      const { account, issued, owner } = await openAccount(
        {
          db,
          clock,
          ...(context.currency ? { currency: context.currency } : {}),
          ...(context.directory ? { directory: context.directory } : {}),
        },
        {
          name: required(flags.name, '--name'),
          plan: { senderLimit, ...(requestsPerSecond ? { requestsPerSecond } : {}) },
          ...(openingBalance ? { openingBalance } : {}),
          ...(flags.owner ? { ownerEmail: flags.owner } : {}),
        },
        actor(context),
      );
      return {
        accountId: account.id,
        name: account.name,
        plan: account.plan,
        ...issued,
        ...(owner ? { owner: { email: owner.email, role: owner.role, status: owner.status } } : {}),
      };
    }
    case 'account list': {
      const page = await findAccounts(db, {
        page: positiveInt(flags.page, '--page', 1),
        size: positiveInt(flags.count, '--count', 50),
        ...(flags.search ? { search: flags.search } : {}),
      });
      return {
        totalCount: page.totalCount,
        accounts: page.items.map((row) => ({
          accountId: row.account.id,
          name: row.account.name,
          status: row.account.suspension ? 'SUSPENDED' : 'ACTIVE',
          available: amountOf(availableOf(row.balance)),
          lastActiveDay: row.lastActiveDay ?? null,
        })),
      };
    }
    case 'account suspend':
      return suspendAccount(
        { db, clock },
        required(rest[0], 'ACCOUNT_ID'),
        required(flags.reason, '--reason'),
        actor(context),
      );
    case 'account resume':
      return resumeAccount({ db, clock }, required(rest[0], 'ACCOUNT_ID'), flags.note, actor(context));
    case 'account show': {
      const accountId = required(rest[0], 'ACCOUNT_ID');
      const account = await getAccount(db, accountId);
      if (!account) throw noAccount(accountId);
      return account;
    }
    case 'account set-default-sender': {
      const accountId = required(rest[0], 'ACCOUNT_ID');
      const name = required(rest[1], 'SENDER_NAME');
      if (!senderNameSchema.safeParse(name).success) {
        throw new UsageError('SENDER_NAME must be 3 to 11 ASCII letters or digits');
      }
      await setDefaultSender(db, accountId, name);
      return getAccount(db, accountId);
    }
    case 'account set-requests-per-second': {
      const accountId = required(rest[0], 'ACCOUNT_ID');
      const value = required(rest[1], 'N (or default)');
      await setRequestsPerSecond(db, accountId, value === 'default' ? undefined : positiveInt(value, 'N', 0));
      return getAccount(db, accountId);
    }
    case 'account set-quiet-hours': {
      const accountId = required(rest[0], 'ACCOUNT_ID');
      const start = required(rest[1], 'START (21:00) or off');
      if (start === 'off') {
        await setQuietHours(db, accountId, undefined);
        return getAccount(db, accountId);
      }
      const parsed = quietHoursSchema.safeParse({ start, end: required(rest[2], 'END') });
      if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
      await setQuietHours(db, accountId, parsed.data);
      return getAccount(db, accountId);
    }
    case 'apikey create': {
      const accountId = required(flags.account, '--account');
      return { accountId, ...(await issueApiKey(db, { accountId, now: clock.now() })) };
    }
    case 'apikey list':
      return listApiKeys(db, required(flags.account, '--account'));
    case 'apikey revoke': {
      const accountId = required(flags.account, '--account');
      const keyId = required(rest[0], 'KEY_ID');
      await revokeApiKey(db, { accountId, keyId, now: clock.now() });
      return { accountId, keyId, revoked: true };
    }
    case 'sender list': {
      const statuses = flags.status ? [senderStatus(flags.status, SENDER_STATUSES)] : SENDER_STATUSES;
      const request = {
        page: positiveInt(flags.page, '--page', 1),
        size: positiveInt(flags.count, '--count', 50),
      };
      return Promise.all(
        statuses.map(async (status) => {
          const page = await listSendersByStatus(db, status, request);
          return {
            status,
            totalCount: page.totalCount,
            page: page.page,
            totalPage: totalPages(page.totalCount, page.size),
            senders: page.items.map(senderRow),
          };
        }),
      );
    }
    case 'sender set-status': {
      const senderId = required(rest[0], 'SENDER_ID');
      const to = senderStatus(rest[1], SENDER_STATUSES);
      const sender = await setSenderStatus(
        { db, clock },
        { senderId, to, reason: flags.reason, actor: actor(context) },
      );
      return senderRow(sender);
    }
    case 'account top-up':
    case 'account adjust': {
      const accountId = required(rest[0], 'ACCOUNT_ID');
      const written = required(rest[1], 'AMOUNT');
      const units = unitsOf(written);
      const topUp = verb === 'top-up';
      if (units === undefined || (topUp ? units <= 0 : units === 0)) {
        throw new UsageError(
          `AMOUNT must be ${topUp ? 'more than 0' : 'other than 0 (signed)'}, with at most 4 decimals, not ${written}`,
        );
      }
      if (!(await getAccount(db, accountId))) throw noAccount(accountId);
      const entry = await moveBalance(
        moneyDeps(context),
        accountId,
        {
          id: newId(clock.now()),
          type: topUp ? 'TOP_UP' : 'ADJUSTMENT',
          units,
          note: required(flags.note, '--note'),
        },
        clock.now(),
        actor(context),
      );
      return { accountId, ...ledgerRow(entry) };
    }
    case 'account set-credit-limit':
    case 'account set-spend-limit': {
      const accountId = required(rest[0], 'ACCOUNT_ID');
      const written = required(rest[1], 'AMOUNT');
      const credit = verb === 'set-credit-limit';
      const removed = !credit && written === 'none';
      const units = removed ? null : unitsOf(written);
      if (units === undefined || (units !== null && units < 0)) {
        throw new UsageError(
          `AMOUNT must be at least 0 with at most 4 decimals${credit ? '' : ', or none'}, not ${written}`,
        );
      }
      if (!(await getAccount(db, accountId))) throw noAccount(accountId);
      const balance = await changeBalanceSettings(
        { db, clock },
        accountId,
        credit ? { creditLimit: units as number } : { monthlySpendLimit: units },
        actor(context),
      );
      return {
        accountId,
        available: amountOf(availableOf(balance)),
        creditLimit: amountOf(balance.creditLimit),
        monthlySpendLimit:
          balance.monthlySpendLimit === undefined ? null : amountOf(balance.monthlySpendLimit),
      };
    }
    case 'account ledger': {
      const accountId = required(rest[0], 'ACCOUNT_ID');
      const balance = await getBalance(db, accountId);
      const page = await listLedger(db, accountId, {
        page: positiveInt(flags.page, '--page', 1),
        size: positiveInt(flags.count, '--count', 50),
      });
      return {
        accountId,
        balance: amountOf(balance.balance),
        reserved: amountOf(balance.reserved),
        available: amountOf(availableOf(balance)),
        totalCount: page.totalCount,
        transactions: page.items.map(ledgerRow),
      };
    }
    case 'price set': {
      const country = countrySchema.safeParse(required(rest[0], 'COUNTRY'));
      if (!country.success) throw new UsageError(`COUNTRY ${z.prettifyError(country.error)}`);
      const units = amountSchema.safeParse(required(rest[1], 'AMOUNT'));
      if (!units.success) throw new UsageError(`AMOUNT ${z.prettifyError(units.error)}`);
      if (flags.account && !(await getAccount(db, flags.account))) {
        throw noAccount(flags.account);
      }
      const price = {
        country: country.data,
        units: units.data,
        ...(flags.account ? { accountId: flags.account } : {}),
      };
      await setPriceAs({ db, clock }, price, actor(context));
      return {
        ...(flags.account ? { accountId: flags.account } : {}),
        country: price.country,
        price: amountOf(price.units),
      };
    }
    case 'price provider-cost': {
      const country = countrySchema.safeParse(required(rest[0], 'COUNTRY'));
      if (!country.success) throw new UsageError(`COUNTRY ${z.prettifyError(country.error)}`);
      const written = required(rest[1], 'AMOUNT (or none)');
      const units = written === 'none' ? null : amountSchema.safeParse(written);
      if (units !== null && !units.success) throw new UsageError(`AMOUNT ${z.prettifyError(units.error)}`);
      await setProviderCost(db, country.data, units === null ? null : units.data, clock.now());
      return { country: country.data, providerCost: units === null ? null : amountOf(units.data) };
    }
    case 'overview': {
      const overview = await platformOverview(db, clock.now());
      return overviewView(overview, context.currency ?? DEFAULT_CURRENCY);
    }
    case 'price list':
      return (await listPrices(db, flags.account)).map((price) => ({
        country: price.country,
        price: amountOf(price.units),
        source: price.source,
      }));
    default:
      throw new UsageError(noun ? `unknown command: ${positionals.join(' ')}` : 'no command given');
  }
}
