import * as z from 'zod';
import { type Contact, contactInput, MAX_INLINE_CONTACTS } from '../contacts/contact';
import { checkLinkTracking, linkTrackingFields } from '../links/input';
import { amountSchema } from '../money/amount';
import type { SendRecipient } from '../ports';
import { quietHoursSchema } from '../quiet-hours/quiet-hours';
import { idSchema, pageSchema, pageSizeOf, pageSizeSchema } from '../schemas';
import { sendableTextSchema } from '../text/schema';
import { canonicalTimeZone, WEEKDAYS } from '../time-zones';
import { isOnQuarterHour, wallClock } from './schedule';

export const CAMPAIGN_TYPES = ['SMS', 'SCHEDULED', 'RECURRING'] as const;
export const MIN_VALID_FOR = 15;
export const MAX_VALID_FOR = 4320;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];
export const CAMPAIGN_STATUSES = ['PENDING', 'SENT', 'FAILED', 'CANCELLED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export interface SenderChoice {
  /** The customer's sender used, or null when the default sender name is used. */
  id: string | null;
  name: string;
  /** What the request asked for (an id or a name), if anything. */
  requested: string | null;
  reason: 'requested' | 'not-requested' | 'not-found' | 'not-accepted';
}

export interface TextAnalysisSummary {
  /** The text as written. */
  encoding: 'GSM-7' | 'UCS-2';
  segmentsPerMessage: number;
  /** After personalisation, for every recipient of one occurrence. */
  totalSegments: number;
  maxSegmentsPerMessage: number;
  ucs2Recipients: number;
  /** Recipients whose personalised text would exceed 10 segments (they fail as message-too-long). */
  tooLongRecipients: number;
}

/** A recipient as frozen in a chunk; `viaGroup` ones are read again from their groups by a recurring campaign. */
export interface Recipient extends Contact {
  viaGroup?: true;
  /** Reached through a segment: a scheduled or recurring campaign evaluates its segments again when it goes. */
  viaSegment?: true;
}

/**
 * A recipient as a campaign keeps and sends it: of its fields, only those its text reads (`fieldKeysIn`),
 * so chunks and queued tasks stay small whatever else the contact holds.
 */
export function keepingFields<T extends SendRecipient>(recipient: T, fieldKeys: readonly string[]): T {
  if (!recipient.fields) return recipient;
  const { fields, ...rest } = recipient;
  const kept = fieldKeys.flatMap((key) => (fields[key] === undefined ? [] : [[key, fields[key]] as const]));
  return (kept.length ? { ...rest, fields: Object.fromEntries(kept) } : rest) as T;
}

const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 instant, such as 2026-03-20T10:00:00Z' })
  .transform((value) => new Date(value));

// Refinements below also run when a field already failed; a field that is not a Date is already reported.
const onGrid = (date: unknown) => !(date instanceof Date) || isOnQuarterHour(date);
const GRID_MESSAGE = 'must be on a quarter hour (:00, :15, :30 or :45) with zero seconds';

const recurringSchema = z
  .strictObject(
    Object.fromEntries(WEEKDAYS.map((day) => [day, instant.optional()])) as Record<
      (typeof WEEKDAYS)[number],
      z.ZodOptional<typeof instant>
    >,
  )
  .refine(
    (days) => Object.values(days).some(Boolean),
    'give at least one day, such as { "monday": "2026-03-16T09:00:00Z" }',
  );

/** `sms.campain.create` as the docs show it, every rule included (the date in the future is checked with the clock). */
export const createCampaignInput = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
    contacts: z
      .array(contactInput)
      .max(MAX_INLINE_CONTACTS, `must hold at most ${MAX_INLINE_CONTACTS} contacts`)
      .default([]),
    groupsIds: z.array(idSchema('group')).max(100, 'must hold at most 100 groups').default([]),
    /** Evaluated at each occurrence (CONTRACT.md, Segments). */
    segmentIds: z.array(idSchema('segment')).max(10, 'must hold at most 10 segments').default([]),
    text: sendableTextSchema,
    senderId: z.string().trim().min(1).max(64).optional(),
    type: z.enum(CAMPAIGN_TYPES).default('SMS'),
    scheduledDate: instant.optional(),
    recurring: recurringSchema.optional(),
    timezone: z
      .string()
      .max(64)
      .transform((name, context) => {
        const canonical = canonicalTimeZone(name);
        if (canonical) return canonical;
        context.addIssue({
          code: 'custom',
          message: 'must be an IANA time zone name, such as Africa/Abidjan or Europe/Paris',
        });
        return z.NEVER;
      })
      .default('UTC'),
    /** Appends the opt-out line (`STOP au …`) to the text; it counts in the segments. */
    optOutFooter: z.boolean().default(false),
    /** Nothing reaches a recipient in this daily window of their own time; `null`: none. */
    quietHours: quietHoursSchema.nullable().optional(),
    /** An occurrence that would cost more fails `cost-cap-exceeded` (in the platform's currency). */
    maxCost: amountSchema.optional(),
    /** Minutes after its occurrence is due within which a message must be handed over, or fail `expired`. */
    validFor: z
      .number({ error: `must be a number of minutes, ${MIN_VALID_FOR} to ${MAX_VALID_FOR}` })
      .int(`must be a whole number of minutes, ${MIN_VALID_FOR} to ${MAX_VALID_FOR}`)
      .min(MIN_VALID_FOR, `must be at least ${MIN_VALID_FOR} minutes`)
      .max(MAX_VALID_FOR, `must be at most ${MAX_VALID_FOR} minutes (3 days)`)
      .optional(),
    ...linkTrackingFields,
  })
  .superRefine((input, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    checkLinkTracking(input, issue);
    if (input.type === 'SCHEDULED') {
      if (!input.scheduledDate) issue('scheduledDate', 'is required for a SCHEDULED campaign');
      else if (!onGrid(input.scheduledDate)) issue('scheduledDate', GRID_MESSAGE);
    } else if (input.scheduledDate) {
      issue('scheduledDate', `is only for a SCHEDULED campaign, not ${input.type}`);
    }
    if (!canonicalTimeZone(String(input.timezone))) return;
    if (input.type === 'RECURRING') {
      if (!input.recurring) issue('recurring', 'is required for a RECURRING campaign');
      for (const day of WEEKDAYS) {
        const date = input.recurring?.[day];
        if (!(date instanceof Date)) continue;
        const slot = wallClock(date, input.timezone);
        if (slot.day !== day) {
          context.addIssue({
            code: 'custom',
            path: ['recurring', day],
            message: `falls on a ${slot.day} in ${input.timezone}, not a ${day}`,
          });
        }
        if (!onGrid(date))
          context.addIssue({ code: 'custom', path: ['recurring', day], message: GRID_MESSAGE });
      }
    } else if (input.recurring) {
      issue('recurring', `is only for a RECURRING campaign, not ${input.type}`);
    }
  });
export type CreateCampaignInput = z.infer<typeof createCampaignInput>;

export const listCampaignsInput = z.strictObject({
  page: pageSchema,
  limit: pageSizeSchema,
  status: z.enum(['ALL', ...CAMPAIGN_STATUSES]).default('ALL'),
});

/** A campaign's details, with one page of its recipients. */
export const getCampaignInput = z.strictObject({
  contactsPage: pageSchema,
  contactsCount: pageSizeOf(1000, 100),
  occurrencesPage: pageSchema,
  occurrencesCount: pageSizeSchema,
});

export const cancelCampaignInput = z.strictObject({});
