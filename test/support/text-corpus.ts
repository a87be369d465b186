/** Deterministic texts for the parity tests and the benchmark: same seed, same corpus. */
import { GSM_BASIC, GSM_EXTENSION } from '../../shared/text/gsm';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRENCH_WORDS = [
  'Bonjour',
  'votre',
  'commande',
  'est',
  'prête',
  'à',
  'être',
  'livrée',
  'à',
  'Abidjan',
  'Dakar',
  'Lomé',
  'Cotonou',
  'merci',
  'pour',
  'votre',
  'fidélité',
  'promo',
  'jusqu’à',
  '-20%',
  'rendez-vous',
  'demain',
  'à',
  '10h',
  'code',
  'de',
  'vérification',
  'réduction',
  'été',
  'où',
  'déjà',
  'reçu',
  'paiement',
  'échéance',
  'noël',
  'cœur',
  'hôtel',
  'très',
  'bientôt',
  '«',
  '»',
  '…',
  'n’oubliez',
  'pas',
];

const EMOJI = ['😀', '🎉', '👍', '❤️', '🔥', '📦', '✅', '🙏', '💳', '🚚'];
const CLUSTERS = ['👨‍👩‍👧', '👍🏾', '🇨🇮', '🇸🇳', '🇫🇷', 'e\u0301', 'a\u0300', '👩🏽‍💻', '🏳️‍🌈'];

export type Flavour = 'gsm' | 'extension' | 'french' | 'emoji' | 'clusters';
export const FLAVOURS: readonly Flavour[] = ['gsm', 'extension', 'french', 'emoji', 'clusters'];

/** Lengths gathered around the segment boundaries, where mistakes live. */
const AROUND = [70, 67, 134, 160, 153, 306, 201, 268, 459, 335];

export function generateText(random: () => number, flavour: Flavour): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const target =
    random() < 0.6
      ? Math.max(1, pick(AROUND) + Math.floor(random() * 9) - 4)
      : 1 + Math.floor(random() * 700);
  const basic = [...GSM_BASIC];
  let text = '';
  while (text.length < target) {
    const roll = random();
    if (flavour === 'gsm') text += pick(basic);
    else if (flavour === 'extension') text += roll < 0.15 ? pick([...GSM_EXTENSION]) : pick(basic);
    else if (flavour === 'french') text += `${pick(FRENCH_WORDS)} `;
    else if (flavour === 'emoji') text += roll < 0.1 ? pick(EMOJI) : `${pick(FRENCH_WORDS)} `;
    else text += roll < 0.12 ? pick(CLUSTERS) : roll < 0.2 ? pick(EMOJI) : `${pick(FRENCH_WORDS)} `;
  }
  return text;
}
