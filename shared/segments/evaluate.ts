/**
 * Whether a contact is in a segment: pure, so a count over 100,000 contacts is a loop. Texts compare as
 * names are searched (case and accents ignored), phones by their digits, countries by the phone's
 * country, dates as instants (a field's `2026-06-30` or `30/06/2026`), groups by membership.
 */
import type { Contact } from '../contacts/contact';
import { fullNameOf } from '../contacts/contact';
import { nameKey } from '../text/names';
import { countryOfPhone } from '../text/phone';
import { instantOf } from './dates';
import type { SegmentCondition, SegmentRules } from './segment';

/** The members of the groups a segment names: their contact ids, by group. */
export type GroupMembers = ReadonlyMap<string, ReadonlySet<string>>;

export type ContactTest = (contact: Contact) => boolean;

const digits = (value: string) => value.replace(/\D/g, '');

function textOf(contact: Contact, field: string): string | undefined {
  switch (field) {
    case 'phone':
      return contact.phone;
    case 'country':
      return countryOfPhone(contact.phone);
    case 'name':
      return fullNameOf(contact) || undefined;
    case 'firstName':
      return contact.firstName;
    case 'lastName':
      return contact.lastName;
    case 'sex':
      return contact.sex;
    case 'createdAt':
      return contact.createdAt;
    default:
      return contact.fields?.[field.slice('fields.'.length)];
  }
}

/** How a field's texts are compared: what the condition's value and the contact's are both turned into. */
const comparableOf = (field: string): ((value: string) => string) =>
  field === 'phone' ? digits : field === 'country' ? (value) => value.toUpperCase() : nameKey;

function conditionTest(condition: SegmentCondition, groups: GroupMembers): ContactTest {
  const { field, op, value } = condition;
  if (field === 'group') {
    const ids = (Array.isArray(value) ? value : [value ?? '']).map(
      (id) => groups.get(id) ?? new Set<string>(),
    );
    const inAny = (contact: Contact) => ids.some((members) => members.has(contact.id));
    return op === 'neq' ? (contact) => !inAny(contact) : inAny;
  }
  if (op === 'exists') return (contact) => Boolean(textOf(contact, field)?.trim());
  if (op === 'notExists') return (contact) => !textOf(contact, field)?.trim();
  if (op === 'before' || op === 'after') {
    const limit = instantOf(value as string) as number;
    return (contact) => {
      const at = instantOf(textOf(contact, field));
      return at !== undefined && (op === 'before' ? at < limit : at > limit);
    };
  }
  const compare = comparableOf(field);
  const read = (contact: Contact) => {
    const text = textOf(contact, field);
    return text === undefined ? undefined : compare(text);
  };
  if (op === 'in') {
    const wanted = new Set((value as string[]).map(compare));
    return (contact) => {
      const text = read(contact);
      return text !== undefined && wanted.has(text);
    };
  }
  const wanted = compare(value as string);
  switch (op) {
    case 'eq':
      return (contact) => read(contact) === wanted;
    case 'neq':
      return (contact) => read(contact) !== wanted;
    case 'contains':
      return (contact) => read(contact)?.includes(wanted) === true;
    default:
      return (contact) => read(contact)?.startsWith(wanted) === true;
  }
}

/** The test of a segment's rules: all (or any) of its conditions; without conditions, every contact. */
export function segmentTest(rules: SegmentRules, groups: GroupMembers = new Map()): ContactTest {
  const tests = rules.conditions.map((condition) => conditionTest(condition, groups));
  if (tests.length === 0) return () => true;
  return rules.match === 'any'
    ? (contact) => tests.some((test) => test(contact))
    : (contact) => tests.every((test) => test(contact));
}

/** The groups a segment's conditions name, whose members must be known to test it. */
export const groupIdsIn = (rules: SegmentRules): string[] => [
  ...new Set(
    rules.conditions.flatMap((condition) =>
      condition.field !== 'group'
        ? []
        : Array.isArray(condition.value)
          ? condition.value
          : [condition.value ?? ''],
    ),
  ),
];
