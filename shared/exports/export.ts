/**
 * An export: a campaign's message log written as a CSV file by the export function, then read through a
 * link valid one hour (CONTRACT.md, Exports). The file and its export are kept 7 days.
 */
import * as z from 'zod';
import { MESSAGE_STATUSES, occurrenceFilter } from '../messages/message';

export const EXPORT_STATUSES = ['RUNNING', 'READY', 'FAILED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** How long a file and its export are kept (the bucket's lifecycle says the same). */
export const EXPORT_DAYS = 7;
/** How long a link to the file works; asking for the export again gives a new one. */
export const LINK_SECONDS = 3600;
/** Attempts at writing a file before the export is `FAILED`. */
export const EXPORT_ATTEMPTS = 3;

export const exportCampaignInput = z.strictObject({
  /** Only the messages with this status. */
  status: z.enum(MESSAGE_STATUSES).optional(),
  /** Only the messages of this occurrence. */
  occurrence: occurrenceFilter.optional(),
});
export type ExportCampaignInput = z.infer<typeof exportCampaignInput>;

export const exportInput = z.strictObject({});

/** The export as it is kept. */
export interface ExportRecord {
  id: string;
  campaignId: string;
  status: ExportStatus;
  /** Rows written (messages), once `READY`. */
  rows: number;
  filter: ExportCampaignInput;
  createdAt: string;
  finishedAt?: string;
  /** Where the file is, once written. */
  objectKey?: string;
  bytes?: number;
  attempts?: number;
}

/** The export as the API answers it: the link and its end, once `READY`. */
export interface ExportView {
  id: string;
  campaignId: string;
  status: ExportStatus;
  rows: number;
  createdAt: string;
  finishedAt?: string;
  url?: string;
  /** When `url` stops working. */
  expiresAt?: string;
}

/** Where an export's file is written: under its account, named by the export. */
export const objectKeyOf = (accountId: string, exportId: string) => `exports/${accountId}/${exportId}.csv`;

/** What tells a browser to save the file, and as what: the name kept to characters safe in a header. */
export const attachment = (filename: string) => `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`;

/** The name a browser saves the file as. */
export const fileNameOf = (record: Pick<ExportRecord, 'campaignId' | 'createdAt'>) =>
  `campagne-${record.campaignId}-${record.createdAt.slice(0, 10)}.csv`;
