/** What the operators' routes answer: amounts as `{ amount, currency }`, counts as they are. */
import type { Account } from '../accounts/account';
import { memberView } from '../accounts/members';
import { campaignSummary } from '../campaigns/view';
import { money } from '../money/amount';
import type { Price } from '../money/prices';
import { balanceView, priceView } from '../money/view';
import { pageInfo } from '../page';
import type { SenderItem } from '../senders/repository';
import { toSender } from '../senders/view';
import { type Counts, deliveryRate } from '../usage/usage';
import type { AccountFile, AccountRow } from './accounts';
import type { CostedCounts, Overview } from './overview';
import type { CostedPrice } from './prices';

export const accountView = (account: Account) => ({
  id: account.id,
  name: account.name,
  status: account.suspension ? ('SUSPENDED' as const) : ('ACTIVE' as const),
  ...(account.suspension ? { suspension: account.suspension } : {}),
  plan: account.plan,
  ...(account.defaultSender ? { defaultSender: account.defaultSender } : {}),
  createdAt: account.createdAt,
});

export const accountRowView = (row: AccountRow, currency: string, now: Date) => ({
  ...accountView(row.account),
  balance: balanceView(row.balance, currency, now),
  lastActiveDay: row.lastActiveDay ?? null,
});

/** A sender with the account that asked for it (the operators' queue spans every account). */
export const queuedSenderView = (item: SenderItem) => ({
  ...toSender(item),
  accountId: item.accountId,
  // Operators read a refusal's reason whatever the status (a revoked sender keeps it).
  ...(item.refusalReason ? { refusalReason: item.refusalReason } : {}),
  updatedAt: item.updatedAt,
});

export const costedPriceView = (row: CostedPrice, currency: string) => ({
  country: row.country,
  price: row.price ? money(row.price.units, currency) : null,
  source: row.price?.source ?? null,
  providerCost: row.providerCost === undefined ? null : money(row.providerCost, currency),
  margin:
    row.price && row.providerCost !== undefined ? money(row.price.units - row.providerCost, currency) : null,
});

export const countsView = (counts: Counts, currency: string) => ({
  sent: counts.sent,
  failed: counts.failed,
  segments: counts.segments,
  delivered: counts.delivered,
  undelivered: counts.undelivered,
  deliveryRate: deliveryRate(counts) ?? null,
  charged: money(counts.charged, currency),
});

const costedView = (counts: CostedCounts, currency: string) => ({
  ...countsView(counts, currency),
  providerCost: money(counts.providerCost, currency),
  margin: money(counts.charged - counts.providerCost, currency),
  uncostedSegments: counts.uncostedSegments,
});

export const accountFileView = (file: AccountFile, currency: string, now: Date) => ({
  ...accountRowView(file, currency, now),
  prices: file.prices.map((price: Price) => priceView(price, currency)),
  members: { items: file.members.items.map(memberView), pagination: pageInfo(file.members) },
  senders: { items: file.senders.items.map(queuedSenderView), pagination: pageInfo(file.senders) },
  campaigns: {
    items: file.campaigns.items.map((campaign) => campaignSummary(campaign, now, currency)),
    pagination: pageInfo(file.campaigns),
  },
  usage: file.usage.map((month) => ({ month: month.month, ...countsView(month.counts, currency) })),
});

export const overviewView = (overview: Overview, currency: string) => ({
  from: overview.from,
  to: overview.to,
  days: overview.days.map((day) => ({ day: day.day, ...countsView(day.counts, currency) })),
  total: costedView(overview.total, currency),
  countries: overview.countries.map((row) => ({ country: row.country, ...costedView(row.counts, currency) })),
  networks: overview.networks.map((row) => ({
    country: row.country,
    network: row.network,
    ...countsView(row.counts, currency),
  })),
  topAccounts: overview.topAccounts.map((row) => ({ ...row.account, ...countsView(row.counts, currency) })),
  fallingAccounts: overview.fallingAccounts.map((row) => ({
    ...row.account,
    recentRate: row.recentRate,
    earlierRate: row.earlierRate,
    recentReported: row.recent.delivered + row.recent.undelivered,
  })),
});
