import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/contacts/contact';
import { instantOf } from '../../shared/segments/dates';
import { groupIdsIn, segmentTest } from '../../shared/segments/evaluate';
import { conditionSchema, type SegmentCondition, segmentRulesSchema } from '../../shared/segments/segment';

const contact = (overrides: Partial<Contact> = {}): Contact => ({
  id: 'c'.repeat(24),
  phone: '2250700000001',
  createdAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

const awa = contact({
  id: 'a'.repeat(24),
  firstName: 'Awa',
  lastName: 'Koné',
  sex: 'F',
  fields: { ville: 'Abidjan', fin: '30/06/2026', plan: 'Or' },
});
const yao = contact({
  id: 'b'.repeat(24),
  phone: '2210770000002',
  name: 'Yao Kouassi',
  sex: 'M',
  fields: { ville: 'Dakar' },
});

const test = (condition: SegmentCondition, who: Contact, groups = new Map<string, Set<string>>()) =>
  segmentTest({ match: 'all', conditions: [conditionSchema.parse(condition)] }, groups)(who);

describe('segment conditions', () => {
  it('compares texts ignoring case and accents', () => {
    expect(test({ field: 'lastName', op: 'eq', value: 'KONE' }, awa)).toBe(true);
    expect(test({ field: 'fields.ville', op: 'eq', value: 'abidjan' }, awa)).toBe(true);
    expect(test({ field: 'fields.ville', op: 'neq', value: 'abidjan' }, awa)).toBe(false);
    expect(test({ field: 'fields.ville', op: 'neq', value: 'abidjan' }, contact())).toBe(true);
    expect(test({ field: 'fields.ville', op: 'contains', value: 'BIDJ' }, awa)).toBe(true);
    expect(test({ field: 'fields.ville', op: 'startsWith', value: 'bidj' }, awa)).toBe(false);
    expect(test({ field: 'fields.plan', op: 'in', value: ['argent', 'or'] }, awa)).toBe(true);
    expect(test({ field: 'fields.plan', op: 'in', value: ['argent', 'or'] }, yao)).toBe(false);
  });

  it('reads the full name as shown for name, and each part for the others', () => {
    expect(test({ field: 'name', op: 'eq', value: 'awa kone' }, awa)).toBe(true);
    expect(test({ field: 'name', op: 'startsWith', value: 'Yao' }, yao)).toBe(true);
    expect(test({ field: 'firstName', op: 'exists' }, yao)).toBe(false);
    expect(test({ field: 'firstName', op: 'notExists' }, yao)).toBe(true);
    expect(test({ field: 'sex', op: 'eq', value: 'F' }, awa)).toBe(true);
  });

  it('compares phones by their digits, countries by the phone’s country', () => {
    expect(test({ field: 'phone', op: 'startsWith', value: '+225 07' }, awa)).toBe(true);
    expect(test({ field: 'phone', op: 'eq', value: '+225 07 00 00 00 01' }, awa)).toBe(true);
    expect(test({ field: 'country', op: 'eq', value: 'ci' }, awa)).toBe(true);
    expect(test({ field: 'country', op: 'in', value: ['SN', 'ML'] }, yao)).toBe(true);
  });

  it('compares dates as instants, reading fields in ISO or French order, and never matches what is not a date', () => {
    expect(instantOf('30/06/2026')).toBe(Date.parse('2026-06-30'));
    expect(instantOf('2026-06-30')).toBe(Date.parse('2026-06-30'));
    expect(instantOf('bientôt')).toBeUndefined();
    expect(instantOf('31/02/2026')).toBeUndefined();
    expect(test({ field: 'fields.fin', op: 'before', value: '2026-07-01' }, awa)).toBe(true);
    expect(test({ field: 'fields.fin', op: 'after', value: '2026-06-30' }, awa)).toBe(false);
    expect(test({ field: 'fields.ville', op: 'before', value: '2030-01-01' }, awa)).toBe(false);
    expect(test({ field: 'createdAt', op: 'after', value: '2026-02-28T23:00:00Z' }, awa)).toBe(true);
    expect(test({ field: 'createdAt', op: 'before', value: '2026-03-01' }, awa)).toBe(false);
  });

  it('tests membership for group, and nothing is in a group it does not know', () => {
    const groups = new Map([['1'.repeat(24), new Set([awa.id])]]);
    expect(test({ field: 'group', op: 'eq', value: '1'.repeat(24) }, awa, groups)).toBe(true);
    expect(test({ field: 'group', op: 'eq', value: '1'.repeat(24) }, yao, groups)).toBe(false);
    expect(test({ field: 'group', op: 'neq', value: '1'.repeat(24) }, yao, groups)).toBe(true);
    expect(test({ field: 'group', op: 'in', value: ['2'.repeat(24)] }, awa, groups)).toBe(false);
  });

  it('lets an unknown field key match nothing but its absence', () => {
    expect(test({ field: 'fields.inconnu', op: 'eq', value: 'x' }, awa)).toBe(false);
    expect(test({ field: 'fields.inconnu', op: 'exists' }, awa)).toBe(false);
    expect(test({ field: 'fields.inconnu', op: 'notExists' }, awa)).toBe(true);
  });

  it('combines conditions with all or any, and takes every contact without conditions', () => {
    const rules = (match: 'all' | 'any') =>
      segmentRulesSchema.parse({
        match,
        conditions: [
          { field: 'fields.ville', op: 'eq', value: 'Abidjan' },
          { field: 'sex', op: 'eq', value: 'M' },
        ],
      });
    expect([awa, yao].map(segmentTest(rules('all')))).toEqual([false, false]);
    expect([awa, yao].map(segmentTest(rules('any')))).toEqual([true, true]);
    expect(segmentTest(segmentRulesSchema.parse({ conditions: [] }))(yao)).toBe(true);
    expect(
      groupIdsIn(
        segmentRulesSchema.parse({
          conditions: [{ field: 'group', op: 'in', value: ['1'.repeat(24), '1'.repeat(24)] }],
        }),
      ),
    ).toEqual(['1'.repeat(24)]);
  });
});

describe('segment rules refused', () => {
  const issues = (condition: unknown) =>
    segmentRulesSchema
      .safeParse({ conditions: [condition] })
      .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

  it.each([
    [{ field: 'fields.Ville', op: 'eq', value: 'x' }, 'conditions.0.field'],
    [{ field: 'fields.', op: 'eq', value: 'x' }, 'conditions.0.field'],
    [{ field: 'email', op: 'eq', value: 'x' }, 'conditions.0.field'],
    [{ field: 'phone', op: 'regex', value: 'x' }, 'conditions.0.op'],
    [{ field: 'createdAt', op: 'eq', value: '2026-01-01' }, 'conditions.0.op'],
    [{ field: 'group', op: 'contains', value: 'x' }, 'conditions.0.op'],
    [{ field: 'fields.a', op: 'in', value: [] }, 'conditions.0.value'],
    [{ field: 'fields.a', op: 'in', value: Array.from({ length: 101 }, String) }, 'conditions.0.value'],
    [{ field: 'fields.a', op: 'eq' }, 'conditions.0.value'],
    [{ field: 'fields.a', op: 'eq', value: ['x'] }, 'conditions.0.value'],
    [{ field: 'fields.a', op: 'eq', value: ' ' }, 'conditions.0.value'],
    [{ field: 'fields.a', op: 'exists', value: 'x' }, 'conditions.0.value'],
    [{ field: 'fields.a', op: 'before', value: '30/06/2026' }, 'conditions.0.value'],
    [{ field: 'sex', op: 'eq', value: 'H' }, 'conditions.0.value'],
    [{ field: 'country', op: 'eq', value: 'CIV' }, 'conditions.0.value'],
    [{ field: 'group', op: 'eq', value: 'vip' }, 'conditions.0.value'],
    [{ field: 'fields.a', op: 'eq', value: 'x', extra: 1 }, 'conditions.0'],
  ])('refuses %j, naming %s', (condition, path) => {
    expect(issues(condition)?.[0]?.[0]).toBe(path);
  });
});
