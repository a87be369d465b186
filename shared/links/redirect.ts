/**
 * Following a short link (CONTRACT.md, Tracked short links): one read of the message's link item, then
 * a redirect to the link its campaign wrote, never to anything the request says. A click is counted
 * when a person follows the link: `GET`, not a link-preview robot, not after the link's expiry.
 */
import type { Db } from '../db/client';
import type { LinkClick } from '../ports';
import { getShortLink } from './repository';
import { parseLinkCode } from './short-links';

export type LinkAnswer =
  | { kind: 'redirect'; url: string; click?: LinkClick }
  | { kind: 'gone' }
  | { kind: 'unknown' };

/**
 * The robots that fetch a link to draw its preview when it is pasted in a chat or a post (WhatsApp,
 * Facebook, X, Telegram, Slack, LinkedIn, Discord, Skype, iMessage…), and crawlers: not people. A name
 * ending in `bot` counts only as a product (`Googlebot/2.1`, `bingbot;`) or a word: phones named `CUBOT …`
 * are people, and so are the apps of Yandex and Pinterest (their robots are `YandexBot/`, `Pinterestbot/`).
 */
const ROBOTS =
  /whatsapp|facebookexternalhit|facebot|telegrambot|slackbot|slack-imgproxy|skypeuripreview|embedly|iframely|vkshare|bot[/;)]|\bbot\b|crawler|spider|preview/i;

export const isRobot = (userAgent: string | undefined): boolean => ROBOTS.test(userAgent ?? '');

export interface LinkRequest {
  code: string;
  method: string;
  userAgent: string | undefined;
  /** The request's own id: names the click, so it counts once however often it is handed over. */
  requestId: string;
}

export async function followLink(db: Db, request: LinkRequest, now: Date): Promise<LinkAnswer> {
  const parsed = parseLinkCode(request.code);
  if (!parsed) return { kind: 'unknown' };
  const link = await getShortLink(db, parsed.messageCode);
  const url = link?.urls[parsed.rank];
  if (!link || url === undefined) return { kind: 'unknown' };
  if (now.getTime() >= new Date(link.validUntil).getTime()) return { kind: 'gone' };
  const counted = request.method.toUpperCase() === 'GET' && !isRobot(request.userAgent);
  if (!counted) return { kind: 'redirect', url };
  return {
    kind: 'redirect',
    url,
    click: {
      id: request.requestId,
      messageCode: parsed.messageCode,
      rank: parsed.rank,
      accountId: link.accountId,
      campaignId: link.campaignId,
      occurrence: link.occurrence,
      phone: link.phone,
      url,
      at: now.toISOString(),
    },
  };
}
