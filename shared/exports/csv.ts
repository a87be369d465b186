/**
 * A campaign's message log as a CSV for French spreadsheets (CONTRACT.md, Exports): UTF-8 with a BOM,
 * `;` between cells, a cell a spreadsheet would run as a formula written as text. Written part by part
 * (a chunk of recipients at a time), so memory holds one chunk however long the log.
 */

import type { CampaignItem } from '../campaigns/repository';
import { textToSend } from '../campaigns/repository';
import { fullNameOf } from '../contacts/contact';
import { csvRows } from '../csv';
import type { Db } from '../db/client';
import { allMessages } from '../messages/log';
import type { MessageStatus } from '../messages/message';
import { messageView } from '../messages/view';
import { fieldKeysIn } from '../text/render';

const BOM = '\uFEFF';
const OPTIONS = { delimiter: ';' } as const;

/** The columns: the phone and name, one per field the text reads, what became of the message, its occurrence. */
export function exportColumns(campaign: CampaignItem): string[] {
  return [
    'phone',
    'name',
    ...fieldKeysIn(textToSend(campaign)),
    'text',
    'segments',
    'status',
    'reason',
    'providerStatus',
    'sentAt',
    'deliveredAt',
    'clickedAt',
    'occurrence',
  ];
}

export interface ExportFilter {
  status?: MessageStatus;
  /** An occurrence's instant, in milliseconds. */
  occurrence?: number;
}

/** The CSV's parts: its header, then the rows of each chunk; `counted` learns how many rows. */
export async function* exportParts(
  db: Db,
  campaign: CampaignItem,
  filter: ExportFilter,
  counted: (rows: number) => void = () => {},
): AsyncGenerator<string> {
  const fieldKeys = fieldKeysIn(textToSend(campaign));
  yield BOM + csvRows([exportColumns(campaign)], OPTIONS);
  for await (const messages of allMessages(db, campaign, filter)) {
    const rows = messages.map((message) => {
      const view = messageView(campaign, message);
      const { recipient } = message;
      return [
        view.phone,
        fullNameOf(recipient),
        ...fieldKeys.map((key) => recipient.fields?.[key] ?? ''),
        view.text,
        view.segments,
        view.status,
        view.reason ?? '',
        view.providerStatus ?? '',
        view.sentAt ?? '',
        view.deliveredAt ?? '',
        view.clickedAt ?? '',
        view.occurrence,
      ];
    });
    counted(rows.length);
    if (rows.length) yield csvRows(rows, OPTIONS);
  }
}
