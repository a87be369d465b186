import type { Account } from '../accounts/account';
import { accountCounter } from '../accounts/repository';
import type { Actor } from '../audit/audit';
import { auditItem } from '../audit/repository';
import type { Clock } from '../clock';
import { DEFAULT_CURRENCY, DEFAULT_LARGE_AUDIENCE } from '../config';
import type { Contact } from '../contacts/contact';
import { deleteContacts } from '../contacts/repository';
import { resolveContacts } from '../contacts/use-cases';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { AppError, validationError } from '../errors';
import { carryContactChanges } from '../groups/contact-changes';
import type { Group } from '../groups/group';
import { getGroups, membersInOrder } from '../groups/repository';
import { newId } from '../ids';
import { linkTrackingOf } from '../links/input';
import { measuredForm } from '../links/short-links';
import type { Logger } from '../logger';
import { ensureAffordable } from '../money/holds';
import { quoteFor } from '../money/quote';
import { footerLine, withFooter } from '../opt-outs/footer';
import type { DispatchQueue, Scheduler } from '../ports';
import { contactsInSegments } from '../segments/audience';
import { getSegments } from '../segments/repository';
import type { Segment } from '../segments/segment';
import { schedulesOf } from '../sending/schedules';
import { fieldKeysIn, renderText } from '../text/render';
import { MAX_SEGMENTS, measureText } from '../text/segments';
import { WEEKDAYS } from '../time-zones';
import {
  type CreateCampaignInput,
  keepingFields,
  type Recipient,
  type TextAnalysisSummary,
} from './campaign';
import {
  type CampaignItem,
  deleteRecipientChunks,
  getCampaign,
  putCampaign,
  writeRecipientChunks,
} from './repository';
import { latestScheduledDate, MAX_YEARS_AHEAD } from './schedule';
import { chooseSender } from './sender-choice';
import { EMPTY_COUNTERS } from './stats';

export interface CampaignDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  /** The sender name when neither the request nor the account names one. */
  defaultSenderName: string;
  /** Written in the opt-out footer of campaigns that ask for one. */
  stopNumber?: string;
  scheduler: Scheduler;
  dispatchQueue: DispatchQueue;
  /** The platform's currency, for what a refusal of payment says. */
  currency?: string;
  /** Where this deployment serves short links: needed by campaigns with `trackLinks`. */
  linkBase?: string;
  /** Above this many group members (or contacts, with segments), recipients are read after the answer. */
  largeAudience?: number;
}

/**
 * Creates a campaign.
 * 1. Check what needs the clock (a scheduled date in the future) and the groups (all the account's).
 * 2. Choose the sender (never fails: the default stands in).
 * 3. Resolve the contacts (saving new phones), add the groups' members, keep one recipient per phone.
 * 4. Analyse the text as each recipient will receive it; an immediate campaign the account cannot pay
 *    for now is refused (`402`).
 * 5. Freeze the recipients in chunks, create its schedules, then write the campaign (the commit point).
 * 6. An immediate campaign is queued for dispatch at once.
 * If anything fails before step 5 ends, what it wrote is removed: no orphan contacts, chunks or schedules.
 * Once the campaign is written it exists: a lost hand-off (step 6) is left to the recovery, never failed.
 *
 * `campaignId` is given by a retried request (its operation id): a campaign it finds under that id was
 * written by an earlier attempt at the same request, cut short, and is the answer.
 */
export async function createCampaign(
  deps: CampaignDeps,
  account: Account,
  input: CreateCampaignInput,
  /** `actor`: who makes it, recorded in the audit log with it (the API always says). */
  options: { campaignId?: string; actor?: Actor } = {},
): Promise<CampaignItem> {
  const { db, clock } = deps;
  if (options.campaignId) {
    const earlier = await getCampaign(db, account.id, options.campaignId);
    if (earlier) return earlier;
  }
  const now = clock.now();
  if (input.scheduledDate && input.scheduledDate.getTime() <= now.getTime()) {
    throw validationError([
      { path: 'scheduledDate', message: `must be in the future (it is now ${now.toISOString()})` },
    ]);
  }
  const latest = latestScheduledDate(now);
  if (input.scheduledDate && input.scheduledDate.getTime() > latest.getTime()) {
    throw validationError([
      {
        path: 'scheduledDate',
        message: `must be at most ${MAX_YEARS_AHEAD} years ahead (by ${latest.toISOString()})`,
      },
    ]);
  }
  const { optOutFooter, text } = textOf(input, deps.stopNumber);
  const links = linkTrackingOf(input, deps.linkBase);
  const groups = await requireGroups(db, account.id, input.groupsIds);
  const segments = await requireSegments(db, account.id, input.segmentIds);
  const sender = await chooseSender(db, account, input.senderId, deps.defaultSenderName);

  // A large audience is read after the answer (`prepareRecipients`), or by each occurrence of a recurring one.
  const large = await isLargeAudience(db, account.id, groups, segments, deps.largeAudience);
  const fieldKeys = fieldKeysIn(text);
  const groupMembers = large ? [] : await recipientsOfGroups(db, account.id, input.groupsIds, fieldKeys);
  const segmentMembers = large ? [] : await recipientsOfSegments(db, account.id, segments, fieldKeys);
  // A segment empty now may match someone when a later occurrence goes.
  const later = input.type !== 'SMS' && segments.length > 0;
  if (
    !large &&
    input.contacts.length === 0 &&
    groupMembers.length === 0 &&
    segmentMembers.length === 0 &&
    !later
  )
    throw noRecipient();

  const resolved = await resolveContacts(db, account.id, { contacts: input.contacts }, now);
  await carryContactChanges(db, account.id, resolved.changed);
  const campaignId = options.campaignId ?? newId(now);
  let chunkCount = 0;
  let stored: CampaignItem;
  try {
    const recipients = uniqueByPhone(resolved.contacts, groupMembers, fieldKeys, segmentMembers);
    const analysis = analyse(text, recipients, links?.base);
    // A large audience's cost is known once it is read: the dispatch's hold checks it then.
    if (input.type === 'SMS' && !large) {
      const cost = await quoteFor(db, account.id, text, recipients, links?.base);
      await ensureAffordable(
        db,
        account.id,
        cost.units,
        now,
        deps.currency ?? DEFAULT_CURRENCY,
        input.maxCost,
      );
    }
    chunkCount = await writeRecipientChunks(
      db,
      (index) => keys.recipientChunk(account.id, campaignId, index),
      recipients,
    );
    const at = now.toISOString();
    const campaign: CampaignItem = {
      id: campaignId,
      accountId: account.id,
      name: input.name ?? defaultName(input.type, now, input.timezone),
      type: input.type,
      status: 'PENDING',
      text: input.text,
      ...(optOutFooter ? { optOutFooter } : {}),
      // Unsaid, the account's; `null`, none.
      ...(quietHoursOf(input, account) ? { quietHours: quietHoursOf(input, account) } : {}),
      ...(input.maxCost !== undefined ? { maxCost: input.maxCost } : {}),
      ...(input.validFor !== undefined ? { validFor: input.validFor } : {}),
      ...(links ? { links } : {}),
      sender,
      ...(input.scheduledDate ? { scheduledDate: input.scheduledDate.toISOString() } : {}),
      ...(input.recurring ? { recurring: recurringAsGiven(input.recurring) } : {}),
      timezone: input.timezone,
      groupsIds: [...new Set(input.groupsIds)],
      ...(segments.length ? { segmentIds: segments.map((segment) => segment.id) } : {}),
      recipientCount: recipients.length,
      chunkCount,
      ...(large && input.type !== 'RECURRING' ? { preparing: true as const } : {}),
      // A recurring campaign counts its recipients occurrence by occurrence, as they go out.
      total: input.type === 'RECURRING' ? 0 : recipients.length,
      ...EMPTY_COUNTERS,
      analysis,
      createdAt: at,
      updatedAt: at,
    };
    const schedules = schedulesOf(campaign);
    if (schedules.length) await deps.scheduler.create(schedules);
    try {
      await putCampaign(
        db,
        campaign,
        options.actor
          ? [
              auditItem(
                db,
                account.id,
                {
                  actor: options.actor,
                  action: 'campaign.create',
                  target: { type: 'campaign', id: campaignId },
                  details: { name: campaign.name, type: campaign.type, recipients: campaign.recipientCount },
                },
                now,
              ),
            ]
          : [],
      );
    } catch (error) {
      if (schedules.length) await deps.scheduler.delete(schedules.map((s) => s.name));
      throw error;
    }
    stored = campaign;
  } catch (error) {
    await deleteRecipientChunks(db, account.id, campaignId, chunkCount);
    await deleteContacts(db, account.id, resolved.created);
    throw error;
  }
  if (stored.type === 'SMS') {
    try {
      await deps.dispatchQueue.dispatch({ accountId: account.id, campaignId, slot: stored.createdAt });
    } catch (error) {
      // It waits in the campaigns awaiting dispatch, where the recovery finds it (sending/recover.ts).
      deps.log.error('campaign stored, its hand-off to dispatch failed: left to the recovery', {
        error,
        campaignId,
      });
    }
  } else if (stored.preparing && stored.scheduledDate) {
    try {
      await deps.dispatchQueue.dispatch({
        accountId: account.id,
        campaignId,
        slot: stored.scheduledDate,
        prepare: true,
      });
    } catch (error) {
      // Its schedule's firing prepares what is still unprepared before it plans.
      deps.log.error('campaign stored, its preparation not handed over: left to its schedule', {
        error,
        campaignId,
      });
    }
  }
  return stored;
}

/** The text every recipient gets, its opt-out line included, if it fits in the segments allowed. */
export function textOf(input: Pick<CreateCampaignInput, 'text' | 'optOutFooter'>, stopNumber?: string) {
  const optOutFooter = input.optOutFooter ? footerLine(stopNumber) : undefined;
  const text = withFooter(input.text, optOutFooter);
  const withLine = measureText(text);
  if (withLine.segments > MAX_SEGMENTS) {
    throw validationError([
      {
        path: 'optOutFooter',
        message: `with its opt-out line the text takes ${withLine.segments} segments; at most ${MAX_SEGMENTS}`,
      },
    ]);
  }
  return { optOutFooter, text };
}

/** Every segment must be one of the account's: answers them, in the order given. */
export async function requireSegments(
  db: Db,
  accountId: string,
  segmentIds: readonly string[],
): Promise<Segment[]> {
  const found = await getSegments(db, accountId, segmentIds);
  const unknown = segmentIds.flatMap((id, index) =>
    found.has(id) ? [] : [{ path: `segmentIds.${index}`, message: 'is not a segment of this account' }],
  );
  if (unknown.length) {
    throw new AppError('segment-not-found', 'Some segments are not in this account.', { details: unknown });
  }
  return [...new Set(segmentIds)].flatMap((id) => found.get(id) ?? []);
}

/** Every group must be one of the account's: answers them. */
export async function requireGroups(
  db: Db,
  accountId: string,
  groupsIds: readonly string[],
): Promise<Group[]> {
  const groups = await getGroups(db, accountId, [...groupsIds]);
  const unknownGroups = groupsIds.flatMap((id, index) =>
    groups.has(id) ? [] : [{ path: `groupsIds.${index}`, message: 'is not a group of this account' }],
  );
  if (unknownGroups.length) {
    throw new AppError('group-not-found', 'Some groups are not in this account.', { details: unknownGroups });
  }
  return [...groups.values()];
}

/**
 * Whether a campaign's groups and segments may reach more than `largeAudience`, read from counters: the
 * groups' members (a phone in two groups counts twice), and every contact of the account when there are
 * segments.
 */
export async function isLargeAudience(
  db: Db,
  accountId: string,
  groups: readonly Group[],
  segments: readonly Segment[],
  largeAudience = DEFAULT_LARGE_AUDIENCE,
): Promise<boolean> {
  const members = groups.reduce((sum, group) => sum + group.memberCount, 0);
  const bound = members + (segments.length ? await accountCounter(db, accountId, 'contactCount') : 0);
  return bound > largeAudience;
}

/**
 * The members of the groups as a campaign keeps them (`viaGroup`, only the fields its text reads), each
 * group once (the same phone may be in several). Each member is made a recipient as it is read: a group of
 * a million is held once.
 */
export async function recipientsOfGroups(
  db: Db,
  accountId: string,
  groupsIds: readonly string[],
  fieldKeys: readonly string[],
): Promise<Recipient[]> {
  const asRecipient = groupRecipient(fieldKeys);
  const members: Recipient[] = [];
  for (const groupId of new Set(groupsIds)) {
    // One by one: a group of a million is more arguments than a call can take.
    for (const member of await membersInOrder(db, accountId, groupId, asRecipient)) members.push(member);
  }
  return members;
}

/** A group's member as a campaign keeps it: only the fields its text reads. */
export const groupRecipient =
  (fieldKeys: readonly string[]) =>
  (member: Contact): Recipient => ({ ...keepingFields(member, fieldKeys), viaGroup: true });

/** A segment's contact as a campaign keeps it. */
export const segmentRecipient =
  (fieldKeys: readonly string[]) =>
  (contact: Contact): Recipient => ({ ...keepingFields(contact, fieldKeys), viaSegment: true });

export const noRecipient = () =>
  validationError([
    { path: 'contacts', message: 'no recipient: give contacts, or groups or segments that have members' },
  ]);

/** The contacts of the segments as a campaign keeps them (`viaSegment`), each made so as it is matched. */
export const recipientsOfSegments = (
  db: Db,
  accountId: string,
  segments: readonly Segment[],
  fieldKeys: readonly string[],
): Promise<Recipient[]> => contactsInSegments(db, accountId, segments, segmentRecipient(fieldKeys));

/**
 * One recipient per phone: those given inline first (each keeps the fields the text reads), then group
 * members and segment members as `recipientsOfGroups` and `recipientsOfSegments` made them.
 */
export function uniqueByPhone(
  inline: readonly Contact[],
  fromGroups: readonly Recipient[],
  fieldKeys: readonly string[],
  fromSegments: readonly Recipient[] = [],
): Recipient[] {
  const byPhone = new Map<string, Recipient>();
  for (const contact of inline) {
    if (!byPhone.has(contact.phone)) byPhone.set(contact.phone, keepingFields(contact, fieldKeys));
  }
  // Two loops, not one over their concatenation: a million group members are not copied for it.
  for (const recipients of [fromGroups, fromSegments]) {
    for (const recipient of recipients)
      if (!byPhone.has(recipient.phone)) byPhone.set(recipient.phone, recipient);
  }
  return [...byPhone.values()];
}

/** The text as each recipient will receive it: its encodings and segments, in sum. */
export function analyse(
  text: string,
  recipients: readonly Recipient[],
  linkBase: string | undefined,
): TextAnalysisSummary {
  const asWritten = measureText(measuredForm(text, linkBase));
  const summary = {
    encoding: asWritten.encoding,
    segmentsPerMessage: asWritten.segments,
    totalSegments: 0,
    maxSegmentsPerMessage: 0,
    ucs2Recipients: 0,
    tooLongRecipients: 0,
  };
  for (const recipient of recipients) {
    const measure = measureText(measuredForm(renderText(text, recipient), linkBase));
    summary.totalSegments += measure.segments;
    summary.maxSegmentsPerMessage = Math.max(summary.maxSegmentsPerMessage, measure.segments);
    if (measure.encoding === 'UCS-2') summary.ucs2Recipients++;
    if (measure.segments > MAX_SEGMENTS) summary.tooLongRecipients++;
  }
  return summary;
}

const quietHoursOf = (input: CreateCampaignInput, account: Account) =>
  input.quietHours === undefined ? account.quietHours : (input.quietHours ?? undefined);

function recurringAsGiven(recurring: NonNullable<CreateCampaignInput['recurring']>) {
  return Object.fromEntries(
    WEEKDAYS.flatMap((day) => {
      const date = recurring[day];
      return date ? [[day, date.toISOString()]] : [];
    }),
  );
}

function defaultName(type: CreateCampaignInput['type'], now: Date, timeZone: string): string {
  const when = new Intl.DateTimeFormat('fr-FR', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
    now,
  );
  const kind = { SMS: 'Campagne', SCHEDULED: 'Campagne programmée', RECURRING: 'Campagne répétée' }[type];
  return `${kind} du ${when}`;
}
