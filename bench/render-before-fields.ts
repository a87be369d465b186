/** `renderText` as it was before contact fields (#27), kept only as the benchmark's baseline. */
/**
 * Personalisation: `@nom_complet`, `@prenom`, `@nom`, `@telephone` and `@civilite` in a text are
 * replaced by the contact's values. The longest name wins (`@nom_complet` is not `@nom` + `_complet`),
 * a word that merely starts like a variable (`@nomade`) and e-mail addresses (`info@nom.ci`) are left
 * alone, and an empty value takes one neighbouring space with it, so no double space and no space
 * before punctuation is left behind.
 */
export interface RenderContact {
  phone?: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  sex?: 'M' | 'F';
}

export const VARIABLES = ['nom_complet', 'prenom', 'nom', 'telephone', 'civilite'] as const;
export type Variable = (typeof VARIABLES)[number];

// Longest first, and not followed by a word character.
const VARIABLE_PATTERN = /@(nom_complet|prenom|telephone|civilite|nom)(?![\p{L}\p{N}_])/gu;
// What an e-mail address's local part is made of: an @ right after one of these is an address.
const EMAIL_LOCAL_CHARACTER = /[\p{L}\p{N}_.+-]/u;
const ANY_MENTION = /(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}_]+)/gu;

const clean = (value: string | undefined) => value?.trim() ?? '';

export function variableValue(variable: Variable, contact: RenderContact): string {
  switch (variable) {
    case 'nom_complet':
      return (
        clean(contact.name) || [clean(contact.firstName), clean(contact.lastName)].filter(Boolean).join(' ')
      );
    case 'prenom':
      return clean(contact.firstName);
    case 'nom':
      return clean(contact.lastName);
    case 'telephone':
      return clean(contact.phone);
    case 'civilite':
      return contact.sex === 'M' ? 'M.' : contact.sex === 'F' ? 'Mme' : '';
  }
}

/** The variables of a text, in order: `@…` not glued to a preceding word, unless that word is a variable itself. */
function* variableMatches(text: string): Generator<{ start: number; end: number; variable: Variable }> {
  let previousEnd = -1;
  for (const match of text.matchAll(VARIABLE_PATTERN)) {
    const start = match.index;
    if (start > 0 && start !== previousEnd && EMAIL_LOCAL_CHARACTER.test(text[start - 1] as string)) continue;
    previousEnd = start + match[0].length;
    yield { start, end: previousEnd, variable: match[1] as Variable };
  }
}

/** The variables a text uses, each once, as written (`@prenom`). */
export function variablesIn(text: string): string[] {
  return [...new Set(Array.from(variableMatches(text), (match) => `@${match.variable}`))];
}

export function renderText(template: string, contact: RenderContact): string {
  if (!template.includes('@')) return template;
  let out = '';
  let last = 0;
  for (const { start, end, variable } of variableMatches(template)) {
    const value = variableValue(variable, contact);
    if (value) {
      out += template.slice(last, start) + value;
      last = end;
      continue;
    }
    // An empty value: drop the space before it, or else the one after it (at the start of a line).
    const before = template.slice(last, start);
    if (before.endsWith(' ') || (before === '' && out.endsWith(' '))) {
      out = before === '' ? out.slice(0, -1) : out + before.slice(0, -1);
      last = end;
    } else {
      out += before;
      last = template[end] === ' ' && (start === 0 || template[start - 1] === '\n') ? end + 1 : end;
    }
  }
  return out + template.slice(last);
}

/** `@words` that look like variables but are none of ours (a typo such as `@prenon`), for the preview to warn of. */
export function unknownVariables(text: string): string[] {
  const known = new Set<string>(VARIABLES);
  const found = new Set<string>();
  for (const match of text.matchAll(ANY_MENTION)) {
    if (!known.has(match[1] as string)) found.add(match[0]);
  }
  return [...found];
}
