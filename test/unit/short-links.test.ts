import { describe, expect, it } from 'vitest';
import { bucketClicks } from '../../shared/links/clicks-over-time';
import { isRobot } from '../../shared/links/redirect';
import {
  CODE_LENGTH,
  linkCodeOf,
  newLinkCode,
  parseLinkCode,
  shortenLinks,
  withShortLinks,
} from '../../shared/links/short-links';
import { findUrls, isWebAddress } from '../../shared/links/urls';

const urlsOf = (text: string) => findUrls(text).map((found) => found.url);

describe('finding the links of a French text', () => {
  it('leaves the punctuation that ends the sentence out of the link', () => {
    expect(urlsOf('Découvrez nos offres sur https://ex.ci/promo.')).toEqual(['https://ex.ci/promo']);
    expect(urlsOf('Voir https://ex.ci/promo, puis répondez')).toEqual(['https://ex.ci/promo']);
    expect(urlsOf('Rendez-vous sur https://ex.ci/promo !')).toEqual(['https://ex.ci/promo']);
    expect(urlsOf('Vraiment https://ex.ci/promo?! Oui')).toEqual(['https://ex.ci/promo']);
    expect(urlsOf('Lien : https://ex.ci/a…')).toEqual(['https://ex.ci/a']);
  });

  it('keeps a query string and a fragment, which end in letters', () => {
    expect(urlsOf('Payez ici https://pay.ex.ci/f?id=42&m=5000#haut.')).toEqual([
      'https://pay.ex.ci/f?id=42&m=5000#haut',
    ]);
  });

  it('finds several links, each once per place it is written', () => {
    const text = 'Menu http://resto.ci/menu et commande https://resto.ci/cmd; encore http://resto.ci/menu';
    expect(urlsOf(text)).toEqual(['http://resto.ci/menu', 'https://resto.ci/cmd', 'http://resto.ci/menu']);
  });

  it('leaves out a closing parenthesis the link does not open, and keeps one it does', () => {
    expect(urlsOf('Nos conditions (https://ex.ci/cgv) sont en ligne')).toEqual(['https://ex.ci/cgv']);
    expect(urlsOf('Voir (https://fr.wikipedia.org/wiki/Abidjan_(ville)).')).toEqual([
      'https://fr.wikipedia.org/wiki/Abidjan_(ville)',
    ]);
    expect(urlsOf('[https://ex.ci/a]')).toEqual(['https://ex.ci/a']);
  });

  it('stops at French quotation marks and quotes', () => {
    expect(urlsOf('«https://ex.ci/a» et "https://ex.ci/b"')).toEqual(['https://ex.ci/a', 'https://ex.ci/b']);
  });

  it('takes no address without a scheme, and no scheme glued to a word', () => {
    expect(urlsOf('Visitez www.ex.ci ou ex.ci/promo')).toEqual([]);
    expect(urlsOf('xhttps://ex.ci et ftp://ex.ci')).toEqual([]);
    expect(urlsOf('Le lien https:// est vide, https://. aussi')).toEqual([]);
  });

  it('finds the scheme in any case, at the start and end of the text', () => {
    expect(urlsOf('HTTPS://EX.CI/A')).toEqual(['HTTPS://EX.CI/A']);
    expect(findUrls('https://ex.ci')).toEqual([{ start: 0, end: 13, url: 'https://ex.ci' }]);
  });

  it('takes only what a browser opens as a web page', () => {
    expect(isWebAddress('https://ex.ci/a')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('http://')).toBe(false);
  });
});

describe('short links', () => {
  it('makes codes of 8 base62 characters, drawn anew each time', () => {
    const codes = new Set(Array.from({ length: 2000 }, newLinkCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-Za-z]{8}$/);
    // Every character of the alphabet turns up: the draw is not limited to a part of it.
    expect(new Set([...codes].join('')).size).toBe(62);
  });

  it("names a message's links by its code and their rank, and reads them back", () => {
    expect(linkCodeOf('AbCd1234', 0)).toBe('AbCd1234');
    expect(linkCodeOf('AbCd1234', 1)).toBe('AbCd12341');
    expect(linkCodeOf('AbCd1234', 61)).toBe('AbCd1234z');
    expect(linkCodeOf('AbCd1234', 62)).toBe('AbCd123410');
    for (const rank of [0, 1, 9, 10, 61, 62, 100]) {
      expect(parseLinkCode(linkCodeOf('AbCd1234', rank))).toEqual({ messageCode: 'AbCd1234', rank });
    }
  });

  it('refuses what cannot be a code', () => {
    for (const code of ['', 'short', 'AbCd123', 'AbCd1234567', 'AbCd-234', 'AbCd12340', '../../etc']) {
      expect(parseLinkCode(code)).toBeUndefined();
    }
  });

  it('replaces each link by its short form, the same link by the same one', () => {
    const shortened = shortenLinks(
      'Promo https://ex.ci/promo. Menu (https://ex.ci/menu) et https://ex.ci/promo',
      'https://go.ex.ci',
      'AbCd1234',
    );
    expect(shortened).toEqual({
      text: 'Promo https://go.ex.ci/AbCd1234. Menu (https://go.ex.ci/AbCd12341) et https://go.ex.ci/AbCd1234',
      urls: ['https://ex.ci/promo', 'https://ex.ci/menu'],
    });
  });

  it('measures the short form with a stand-in code of the same length', () => {
    const text = `Votre facture: https://facturation.exemple.ci/clients/espace/factures?id=${'9'.repeat(40)}`;
    const short = withShortLinks(text, 'https://go.ex.ci');
    expect(short).toBe(`Votre facture: https://go.ex.ci/${'x'.repeat(CODE_LENGTH)}`);
    expect(withShortLinks('Sans lien.', 'https://go.ex.ci')).toBe('Sans lien.');
  });
});

describe('clicks over time', () => {
  const hours = (...points: [string, number][]) => points.map(([at, clicks]) => ({ at, clicks }));

  it('keeps every hour from the first click to the last, empty ones at zero', () => {
    const drawn = bucketClicks(
      hours(['2026-12-05T21:00:00.000Z', 3], ['2026-12-06T00:00:00.000Z', 1]),
      'hour',
      'Africa/Abidjan',
    );
    expect(drawn).toEqual({
      interval: 'hour',
      timezone: 'Africa/Abidjan',
      clicks: 4,
      points: hours(
        ['2026-12-05T21:00:00.000Z', 3],
        ['2026-12-05T22:00:00.000Z', 0],
        ['2026-12-05T23:00:00.000Z', 0],
        ['2026-12-06T00:00:00.000Z', 1],
      ),
    });
    expect(bucketClicks([], 'day', 'UTC')).toEqual({
      interval: 'day',
      timezone: 'UTC',
      clicks: 0,
      points: [],
    });
  });

  it('gathers the hours into the days of the campaign’s time zone', () => {
    const clicked = hours(
      ['2026-12-05T22:00:00.000Z', 2],
      ['2026-12-05T23:00:00.000Z', 5],
      ['2026-12-07T10:00:00.000Z', 1],
    );
    // Porto-Novo (UTC+1): 23:00 UTC is already the next day there.
    expect(bucketClicks(clicked, 'day', 'Africa/Porto-Novo').points).toEqual(
      hours(
        ['2026-12-04T23:00:00.000Z', 2],
        ['2026-12-05T23:00:00.000Z', 5],
        ['2026-12-06T23:00:00.000Z', 1],
      ),
    );
    expect(bucketClicks(clicked, 'day', 'UTC').points).toEqual(
      hours(
        ['2026-12-05T00:00:00.000Z', 7],
        ['2026-12-06T00:00:00.000Z', 0],
        ['2026-12-07T00:00:00.000Z', 1],
      ),
    );
  });

  it('steps over a day of 25 hours where clocks go back', () => {
    // Paris leaves summer time on 25 October 2026: that day begins at 22:00 UTC, the next at 23:00.
    const drawn = bucketClicks(
      hours(['2026-10-24T22:00:00.000Z', 1], ['2026-10-26T12:00:00.000Z', 1]),
      'day',
      'Europe/Paris',
    );
    expect(drawn.points).toEqual(hours(['2026-10-24T22:00:00.000Z', 1], ['2026-10-25T23:00:00.000Z', 1]));
  });
});

describe('robots', () => {
  it('tells the link-preview robots and crawlers from people, whatever their phone is called', () => {
    const robots = [
      'WhatsApp/2.23.20.0 A',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Twitterbot/1.0',
      'TelegramBot (like TwitterBot)',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
      'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0',
      'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
      'Pinterestbot/1.0',
      'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5',
    ];
    const people = [
      'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Linux; Android 11; CUBOT P50) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36',
      'Mozilla/5.0 (Linux; Android 10; TECNO KE5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/440.0.0.0;]',
      'Opera/9.80 (Android; Opera Mini/36.2.2254/191.256; U; fr) Presto/2.12.423 Version/12.16',
      'Mozilla/5.0 (Linux; Android 12; itel A662L) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/117.0 Mobile Safari/537.36 YandexSearch/23.70',
      'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 [Pinterest/Android]',
    ];
    expect(robots.filter((agent) => !isRobot(agent))).toEqual([]);
    expect(people.filter(isRobot)).toEqual([]);
    expect(isRobot(undefined)).toBe(false);
  });
});
