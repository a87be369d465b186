/**
 * Every key the table holds is built here, from declared parts. Every item of a customer has a
 * partition key that starts with its account id, so no query keyed by one account can reach another.
 * What a query reads is a `KeyRange`: a partition of the table or of a named index, and optionally
 * the sort keys that start with a prefix (`db/paginate.ts` turns it into the key condition).
 */
import type { IndexName } from './table';

export interface KeyRange {
  index?: IndexName;
  pk: string;
  skPrefix?: string;
}

const account = (accountId: string) => `ACCOUNT#${accountId}`;
const onIndex = (index: IndexName, pk: string): KeyRange => ({ index, pk });
const AWAITING_DISPATCH = 'CAMPAIGNS_AWAITING_DISPATCH';
const LOCAL_SCHEDULER = 'LOCAL_SCHEDULER';
const EVENT_OUTBOX = 'EVENTS_AWAITING_RELAY';
const PLATFORM_PRICES = 'PLATFORM_PRICES';
const ALL_ACCOUNTS = 'ACCOUNTS';

export const keys = {
  account: (accountId: string) => ({ pk: account(accountId), sk: 'ACCOUNT' }),
  /** Every account, by name, for operators (gsi2). */
  accountListing: (nameKey: string, accountId: string) => ({
    gsi2pk: ALL_ACCOUNTS,
    gsi2sk: `${nameKey}#${accountId}`,
  }),
  accountsByName: () => onIndex('gsi2', ALL_ACCOUNTS),

  apiKey: (accountId: string, keyId: string) => ({ pk: account(accountId), sk: `APIKEY#${keyId}` }),
  /** Where an API key is found by its hash (gsi1). */
  apiKeyLookup: (hash: string) => ({ gsi1pk: `APIKEY#${hash}`, gsi1sk: 'APIKEY' }),
  apiKeyByHash: (hash: string) => onIndex('gsi1', `APIKEY#${hash}`),
  apiKeysOf: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'APIKEY#' }),
  /** One item per API key counts its requests in the current second, in a partition of its own. */
  requestRate: (accountId: string, keyId: string) => ({
    pk: `${account(accountId)}#APIKEY#${keyId}`,
    sk: 'REQUEST_RATE',
  }),

  /** A member of the account's team (a person who signs in), by the id their e-mail gives. */
  member: (accountId: string, memberId: string) => ({ pk: account(accountId), sk: `TEAM#${memberId}` }),
  membersOf: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'TEAM#' }),
  /**
   * People are the platform's, not one account's: a user's partition holds a copy of each membership,
   * so a request's token finds the accounts it may act in with one consistent read.
   */
  membership: (userId: string, accountId: string) => ({ pk: `USER#${userId}`, sk: account(accountId) }),
  membershipsOf: (userId: string): KeyRange => ({ pk: `USER#${userId}` }),

  sender: (accountId: string, senderId: string) => ({ pk: account(accountId), sk: `SENDER#${senderId}` }),
  sendersOf: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'SENDER#' }),
  senderByName: (accountId: string, nameKey: string, senderId: string) => ({
    gsi1pk: `${account(accountId)}#SENDERS_BY_NAME`,
    gsi1sk: `${nameKey}#${senderId}`,
  }),
  sendersByNameOf: (accountId: string) => onIndex('gsi1', `${account(accountId)}#SENDERS_BY_NAME`),
  senderByStatus: (status: string, senderId: string) => ({
    gsi2pk: `SENDER_STATUS#${status}`,
    gsi2sk: senderId,
  }),
  /** Senders of every account with one status, for operators (gsi2). */
  sendersWithStatus: (status: string) => onIndex('gsi2', `SENDER_STATUS#${status}`),
  senderNameGuard: (accountId: string, nameKey: string) => ({
    pk: account(accountId),
    sk: `SENDER_NAME#${nameKey}`,
  }),

  contact: (accountId: string, contactId: string) => ({ pk: account(accountId), sk: `CONTACT#${contactId}` }),
  /** A contact is listed newest first (`listedAt`: a time-ordered id), by phone, and by name. */
  contactListings: (accountId: string, listedAt: string, phone: string, nameKey: string) => ({
    ...(nameKey ? { gsi3pk: `${account(accountId)}#CONTACTS_BY_NAME`, gsi3sk: `${nameKey}#${phone}` } : {}),
    gsi4pk: `${account(accountId)}#CONTACTS`,
    gsi4sk: listedAt,
    gsi5pk: `${account(accountId)}#CONTACTS_BY_PHONE`,
    gsi5sk: phone,
  }),
  contactsByName: (accountId: string) => onIndex('gsi3', `${account(accountId)}#CONTACTS_BY_NAME`),
  contactsNewestFirst: (accountId: string) => onIndex('gsi4', `${account(accountId)}#CONTACTS`),
  contactsByPhone: (accountId: string) => onIndex('gsi5', `${account(accountId)}#CONTACTS_BY_PHONE`),

  /** A phone the account must send nothing more to; its key follows from the phone, so a chunk's are read at once. */
  optOut: (accountId: string, phone: string) => ({ pk: account(accountId), sk: `OPTOUT#${phone}` }),
  optOutsOf: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'OPTOUT#' }),
  /** Opt-outs are listed newest first (`listedAt`: a time-ordered id). */
  optOutListing: (accountId: string, listedAt: string) => ({
    gsi4pk: `${account(accountId)}#OPTOUTS`,
    gsi4sk: listedAt,
  }),
  optOutsNewestFirst: (accountId: string) => onIndex('gsi4', `${account(accountId)}#OPTOUTS`),

  group: (accountId: string, groupId: string) => ({ pk: account(accountId), sk: `GROUP#${groupId}` }),
  groupsOf: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'GROUP#' }),
  /** Members live in a partition of their own, read page by page however large the group. */
  groupMember: (accountId: string, groupId: string, contactId: string) => ({
    pk: `${account(accountId)}#GROUP#${groupId}`,
    sk: `MEMBER#${contactId}`,
  }),
  groupMembersOf: (accountId: string, groupId: string) => ({
    pk: `${account(accountId)}#GROUP#${groupId}`,
    skPrefix: 'MEMBER#',
  }),
  /** A member is also listed under its contact, so a contact's change or removal finds its groups (gsi5). */
  membershipListing: (accountId: string, contactId: string, groupId: string) => ({
    gsi5pk: `${account(accountId)}#CONTACT#${contactId}#GROUPS`,
    gsi5sk: groupId,
  }),
  groupsOfContact: (accountId: string, contactId: string) =>
    onIndex('gsi5', `${account(accountId)}#CONTACT#${contactId}#GROUPS`),
  /** Every contact of an account, in the order of their ids (hex: read in ranges side by side). */
  contactsOf: (accountId: string) => ({ pk: account(accountId), skPrefix: 'CONTACT#' }),
  segment: (accountId: string, segmentId: string) => ({ pk: account(accountId), sk: `SEGMENT#${segmentId}` }),
  segmentsOf: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'SEGMENT#' }),
  /** An account's test sends in one hour (`2026-12-05T13`): at most 30. */
  testSends: (accountId: string, hour: string) => ({ pk: account(accountId), sk: `TEST_SENDS#${hour}` }),
  /** A campaign's export (CSV of its message log): kept as long as its file, 7 days. */
  exportJob: (accountId: string, exportId: string) => ({ pk: account(accountId), sk: `EXPORT#${exportId}` }),
  /** The parts a throughput cap (a country's, a sender's) let through in one second, across all send functions. */
  throughput: (cap: string, second: number) => ({ pk: `THROUGHPUT#${cap}`, sk: `SECOND#${second}` }),
  /** A bulk import of contacts: its checkpoint and counts, kept as long as its file, 7 days. */
  importJob: (accountId: string, importId: string) => ({ pk: account(accountId), sk: `IMPORT#${importId}` }),
  /** The keys of the fields the account's contacts have had: what texts and segments are offered. */
  fieldKeys: (accountId: string) => ({ pk: account(accountId), sk: 'FIELD_KEYS' }),

  campaign: (accountId: string, campaignId: string) => ({
    pk: account(accountId),
    sk: `CAMPAIGN#${campaignId}`,
  }),
  campaignListings: (
    accountId: string,
    campaignId: string,
    status: string,
    senderId: string | undefined,
  ) => ({
    gsi3pk: `${account(accountId)}#CAMPAIGNS`,
    gsi3sk: campaignId,
    gsi4pk: `${account(accountId)}#CAMPAIGNS#${status}`,
    gsi4sk: campaignId,
    ...(senderId ? { gsi5pk: `${account(accountId)}#SENDER#${senderId}#CAMPAIGNS`, gsi5sk: campaignId } : {}),
  }),
  campaignsOf: (accountId: string) => onIndex('gsi3', `${account(accountId)}#CAMPAIGNS`),
  campaignsWithStatus: (accountId: string, status: string) =>
    onIndex('gsi4', `${account(accountId)}#CAMPAIGNS#${status}`),
  campaignsOfSender: (accountId: string, senderId: string) =>
    onIndex('gsi5', `${account(accountId)}#SENDER#${senderId}#CAMPAIGNS`),
  /**
   * An immediate campaign not yet dispatched, across accounts, by its last hand-off to the dispatch queue:
   * the work list of the recovery, which hands it over again when that was long ago. The dispatch removes it.
   */
  campaignAwaitingDispatch: (handedOverAt: string, accountId: string, campaignId: string) => ({
    gsi2pk: AWAITING_DISPATCH,
    gsi2sk: `${handedOverAt}#${accountId}#${campaignId}`,
  }),
  campaignsAwaitingDispatch: () => onIndex('gsi2', AWAITING_DISPATCH),
  /** A campaign's frozen recipients, a few hundred per item, in a partition of their own. */
  recipientChunk: (accountId: string, campaignId: string, index: number) => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}`,
    sk: `CHUNK#${String(index).padStart(6, '0')}`,
  }),
  recipientChunksOf: (accountId: string, campaignId: string): KeyRange => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}`,
    skPrefix: 'CHUNK#',
  }),

  /** One occurrence of a campaign, claimed once by the dispatch function. */
  occurrence: (accountId: string, campaignId: string, slot: string) => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}`,
    sk: `OCCURRENCE#${slot}`,
  }),
  /** An occurrence's hold on the balance: what it held, charged and released (money/holds.ts). */
  occurrenceHold: (accountId: string, campaignId: string, slot: string) => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}`,
    sk: `HOLD#${slot}`,
  }),
  occurrencesOf: (accountId: string, campaignId: string): KeyRange => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}`,
    skPrefix: 'OCCURRENCE#',
  }),
  /** A chunk of an occurrence's own recipients (a recurring campaign reads its groups again each time). */
  occurrenceRecipientChunk: (accountId: string, campaignId: string, slot: string, index: number) => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}#OCCURRENCE#${slot}`,
    sk: `CHUNK#${String(index).padStart(6, '0')}`,
  }),
  /**
   * A message handed to a phone, as a reply from that phone looks it up: which accounts reached it, and
   * when (gsi3, keys only; the message's TTL ends it after 30 days).
   */
  recipientReached: (phone: string, at: string, accountId: string) => ({
    gsi3pk: `RECIPIENT#${phone}`,
    gsi3sk: `${at}#${accountId}`,
  }),
  accountsThatReached: (phone: string) => onIndex('gsi3', `RECIPIENT#${phone}`),
  /**
   * A message's short links, found by their code alone: the redirect reads this one item. Codes are the
   * platform's, not an account's; what a link leads to is only ever what a campaign wrote.
   */
  shortLink: (messageCode: string) => ({ pk: `LINK#${messageCode}`, sk: 'LINK' }),
  /** A click already counted, by the redirect's id for it: a click handed over twice counts once. */
  countedClick: (messageCode: string, clickId: string) => ({
    pk: `LINK#${messageCode}`,
    sk: `CLICK#${clickId}`,
  }),
  /** A campaign's clicks in one hour (UTC, `2026-12-05T21`): what the campaign page draws over time. */
  campaignClicks: (accountId: string, campaignId: string, hour: string) => ({
    pk: account(accountId),
    sk: `CLICKS#${campaignId}#${hour}`,
  }),
  campaignClicksOf: (accountId: string, campaignId: string): KeyRange => ({
    pk: account(accountId),
    skPrefix: `CLICKS#${campaignId}#`,
  }),
  /** Claimed before the two-way number confirms a reply, so a redelivered reply is confirmed once. */
  replyConfirmation: (inboundMessageId: string) => ({ pk: `REPLY#${inboundMessageId}`, sk: 'CONFIRMATION' }),
  /** A chunk of the recipients of an occurrence that quiet hours hold back until `release`. */
  deferredChunk: (accountId: string, campaignId: string, slot: string, release: string, index: number) => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}#OCCURRENCE#${slot}`,
    sk: `DEFERRED#${release}#${String(index).padStart(6, '0')}`,
  }),
  deferredChunksOf: (accountId: string, campaignId: string, slot: string, release: string): KeyRange => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}#OCCURRENCE#${slot}`,
    skPrefix: `DEFERRED#${release}#`,
  }),
  /** Written once a held-back group has gone: a repeated firing finds it. */
  deferredRelease: (accountId: string, campaignId: string, slot: string, release: string) => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}#OCCURRENCE#${slot}`,
    sk: `RELEASED#${release}`,
  }),
  /** One message of one occurrence, claimed before the provider is called: at most one SMS per phone. */
  messageClaim: (accountId: string, campaignId: string, slot: string, phone: string) => ({
    pk: `${account(accountId)}#CAMPAIGN#${campaignId}#OCCURRENCE#${slot}`,
    sk: `MESSAGE#${phone}`,
  }),
  /** The local stack's scheduler keeps its schedules here (EventBridge Scheduler keeps them on AWS). */
  /** The account's balance: one item, moved only with a ledger item in the same transaction. */
  balance: (accountId: string) => ({ pk: account(accountId), sk: 'BALANCE' }),
  /** One ledger item per movement, by the balance's version it made: the exact order of the movements. */
  ledgerEntry: (accountId: string, version: number) => ({
    pk: `${account(accountId)}#LEDGER`,
    sk: String(version).padStart(15, '0'),
  }),
  ledgerOf: (accountId: string): KeyRange => ({ pk: `${account(accountId)}#LEDGER` }),
  /** A movement's id, named by the fact it records, claimed once: a retry finds the movement made. */
  ledgerGuard: (accountId: string, entryId: string) => ({
    pk: `${account(accountId)}#LEDGER_IDS`,
    sk: entryId,
  }),

  /** The platform's price per segment to one country, and the whole list (one small partition). */
  platformPrice: (country: string) => ({ pk: PLATFORM_PRICES, sk: `COUNTRY#${country}` }),
  platformPrices: (): KeyRange => ({ pk: PLATFORM_PRICES, skPrefix: 'COUNTRY#' }),
  /** What the SMS provider charges the platform per segment to a country, as operators note it. */
  providerCost: (country: string) => ({ pk: PLATFORM_PRICES, sk: `PROVIDER_COST#${country}` }),
  providerCosts: (): KeyRange => ({ pk: PLATFORM_PRICES, skPrefix: 'PROVIDER_COST#' }),

  /**
   * What an account sent one day (UTC), by destination: counters moved once per chunk sent and once per
   * batch of reports, in its partition (its usage by month) and listed by day (gsi2: the platform's overview).
   */
  usageDay: (accountId: string, day: string) => ({ pk: account(accountId), sk: `USAGE#${day}` }),
  usageListing: (day: string, accountId: string) => ({ gsi2pk: `USAGE_DAY#${day}`, gsi2sk: accountId }),
  usageOfDay: (day: string) => onIndex('gsi2', `USAGE_DAY#${day}`),
  usageOf: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'USAGE#' }),
  /** An account's own price to one country, over the platform's. */
  accountPrice: (accountId: string, country: string) => ({ pk: account(accountId), sk: `PRICE#${country}` }),
  accountPrices: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'PRICE#' }),

  localSchedule: (name: string) => ({ pk: LOCAL_SCHEDULER, sk: `SCHEDULE#${name}` }),
  localSchedules: (): KeyRange => ({ pk: LOCAL_SCHEDULER, skPrefix: 'SCHEDULE#' }),

  idempotency: (accountId: string, key: string) => ({ pk: account(accountId), sk: `IDEMPOTENCY#${key}` }),

  webhook: (accountId: string, webhookId: string) => ({ pk: account(accountId), sk: `WEBHOOK#${webhookId}` }),
  webhooksOf: (accountId: string): KeyRange => ({ pk: account(accountId), skPrefix: 'WEBHOOK#' }),
  /** One event's delivery to one endpoint, under the event's own time: newest first in its endpoint's log. */
  webhookDelivery: (accountId: string, webhookId: string, eventTimestamp: string, eventId: string) => ({
    pk: `${account(accountId)}#WEBHOOK#${webhookId}`,
    sk: `DELIVERY#${eventTimestamp}#${eventId}`,
  }),
  webhookDeliveries: (accountId: string, webhookId: string): KeyRange => ({
    pk: `${account(accountId)}#WEBHOOK#${webhookId}`,
    skPrefix: 'DELIVERY#',
  }),
  /**
   * Events written with the change that raises them, until they are handed to the webhook queue; those
   * left behind (a process stopped between the two) are found on gsi3, keys only, by the sweeper.
   */
  /** The audit log: an account's entries in a partition of their own, in time order. */
  auditEntry: (accountId: string, at: string, id: string) => ({
    pk: `${account(accountId)}#AUDIT`,
    sk: `${at}#${id}`,
  }),
  auditOf: (accountId: string): KeyRange => ({ pk: `${account(accountId)}#AUDIT` }),
  eventOutbox: (accountId: string, at: string, id: string) => ({
    pk: account(accountId),
    sk: `EVENTS#${at}#${id}`,
    gsi3pk: EVENT_OUTBOX,
    gsi3sk: `${at}#${accountId}#${id}`,
  }),
  eventsAwaitingRelay: () => onIndex('gsi3', EVENT_OUTBOX),
} as const;
