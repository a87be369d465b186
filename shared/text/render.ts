/**
 * Personalisation: `@nom_complet`, `@prenom`, `@nom`, `@telephone` and `@civilite` in a text are
 * replaced by the contact's values, and `@key` by the contact's field `key` (CONTRACT.md, Contact fields);
 * any of them may give, in braces right after it, what to write when the contact has no value:
 * `Bonjour @prenom{cher client}`. A word is a variable when it is a built-in's name or has a field
 * key's shape (lowercase letters, digits, `_`), so `@Orange` and e-mail addresses (`info@nom.ci`) are
 * left alone; an empty value without a default takes one neighbouring space with it, so no double space
 * and no space before punctuation is left behind.
 */
export interface RenderContact {
  phone?: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  sex?: 'M' | 'F';
  fields?: Readonly<Record<string, string>>;
}

export const VARIABLES = ['nom_complet', 'prenom', 'nom', 'telephone', 'civilite'] as const;
export type Variable = (typeof VARIABLES)[number];
const BUILT_IN = new Set<string>(VARIABLES);

/** What a contact field's key looks like: it is also how the text names it (`@montant`). */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

// What an e-mail address's local part is made of: an @ right after one of these is an address.
const EMAIL_LOCAL_CHARACTER = /[\p{L}\p{N}_.+-]/u;
// A word character that is not a lowercase ASCII letter, digit or _: it makes the word no variable's name.
const OTHER_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MAX_DEFAULT_CHARACTERS = 160;
const clean = (value: string | undefined) => value?.trim() ?? '';

export const isBuiltInVariable = (name: string): name is Variable => BUILT_IN.has(name);
const isVariableName = (name: string) => BUILT_IN.has(name) || FIELD_KEY_PATTERN.test(name);

export function variableValue(name: string, contact: RenderContact): string {
  switch (name) {
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
    default:
      return clean(contact.fields?.[name]);
  }
}

interface VariableMatch {
  start: number;
  end: number;
  name: string;
  /** What to write when the contact has no value (`{…}` right after the variable). */
  fallback: string | undefined;
}

const isNameCharacter = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95; // a-z 0-9 _

/**
 * The variables of a text, in order: `@name` not glued to a preceding word (unless that word is a
 * variable itself, `@prenom@nom`), its name a whole word, and the `{default}` right after it if any.
 * A scanner rather than one regular expression: rendering runs once per message sent.
 */
function* variableMatches(text: string): Generator<VariableMatch> {
  let previousEnd = -1;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let end = at + 1;
    while (end < text.length && isNameCharacter(text.charCodeAt(end))) end++;
    const name = text.slice(at + 1, end);
    if (!name || (end < text.length && OTHER_WORD_CHARACTER.test(text[end] as string))) continue;
    if (!isVariableName(name)) continue;
    if (at > 0 && at !== previousEnd && EMAIL_LOCAL_CHARACTER.test(text[at - 1] as string)) continue;
    let fallback: string | undefined;
    if (text.charCodeAt(end) === 123 /* { */) {
      const close = text.indexOf('}', end + 1);
      const inside = close === -1 ? '' : text.slice(end + 1, close);
      if (
        close !== -1 &&
        inside.length <= MAX_DEFAULT_CHARACTERS &&
        !inside.includes('{') &&
        !inside.includes('\n')
      ) {
        fallback = inside;
        end = close + 1;
      }
    }
    previousEnd = end;
    const start = at;
    at = end - 1; // the next search starts after the variable and its default
    yield { start, end, name, fallback };
  }
}

/** The variables a text uses, each once, as written without their default (`@prenom`, `@montant`). */
export function variablesIn(text: string): string[] {
  if (!text.includes('@')) return [];
  return [...new Set(Array.from(variableMatches(text), (match) => `@${match.name}`))];
}

/** The contact fields a text reads (`montant` for `@montant`): what a recipient must carry to be rendered. */
export function fieldKeysIn(text: string): string[] {
  if (!text.includes('@')) return [];
  const keys = new Set<string>();
  for (const { name } of variableMatches(text)) if (!BUILT_IN.has(name)) keys.add(name);
  return [...keys];
}

export function renderText(template: string, contact: RenderContact): string {
  if (!template.includes('@')) return template;
  let out = '';
  let last = 0;
  for (const { start, end, name, fallback } of variableMatches(template)) {
    const value = variableValue(name, contact) || clean(fallback);
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

/**
 * What a preview warns of in a text: `@key`s that no contact of the account has as a field (each renders
 * empty, or its default), and `@words` that cannot be variables and are sent as written (`@Orange`).
 */
export function unknownVariables(
  text: string,
  knownFieldKeys: ReadonlySet<string>,
): { unknown: string[]; notVariables: string[] } {
  const unknown = new Set<string>();
  for (const { name } of variableMatches(text)) {
    if (!BUILT_IN.has(name) && !knownFieldKeys.has(name)) unknown.add(`@${name}`);
  }
  const notVariables = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}_]+)/gu)) {
    if (!isVariableName(match[1] as string)) notVariables.add(match[0]);
  }
  return { unknown: [...unknown], notVariables: [...notVariables] };
}
