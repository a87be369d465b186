/**
 * The opt-out footer a campaign may carry (`optOutFooter: true`): a line telling recipients how to stop,
 * appended to the text and counted in its segments wherever the text is measured.
 */

/** The line: the two-way number to reply STOP to, when the platform has one (`STOP_NUMBER`). */
export const footerLine = (stopNumber: string | undefined): string =>
  stopNumber ? `STOP au ${stopNumber}` : 'Répondez STOP pour ne plus recevoir';

export const withFooter = (text: string, footer: string | undefined): string =>
  footer ? `${text}\n${footer}` : text;
