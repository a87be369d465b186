/**
 * The words a reply opts a phone out with, or back in (CONTRACT.md, Opt-outs): the reply's first word,
 * case, accents and trailing punctuation ignored. `stop!!` and ` Arrêt ` count; so does `STOP SMS` (its
 * first word is STOP); `stopper` does not (it is another word), nor does `S T O P`.
 */
const STOP_WORDS = ['STOP', 'ARRET', 'STOPSMS', 'DESABONNER', 'DESINSCRIRE', 'UNSUBSCRIBE'];
const START_WORDS = ['START', 'ABONNER'];

export type ReplyKeyword = { kind: 'stop' | 'start'; word: string };

/** The reply's first word as keywords are compared: upper case, no accents, no trailing punctuation. */
export function firstWordOf(text: string): string {
  const [first = ''] = text.trim().split(/\s+/);
  return first
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{P}\p{S}]+$/u, '')
    .toUpperCase();
}

export function keywordOf(text: string): ReplyKeyword | undefined {
  const word = firstWordOf(text);
  if (STOP_WORDS.includes(word)) return { kind: 'stop', word };
  if (START_WORDS.includes(word)) return { kind: 'start', word };
  return undefined;
}
