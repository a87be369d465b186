import { describe, expect, it } from 'vitest';
import { AppError, type FieldIssue, OperatorError } from '../../shared/errors';
import { parseInput } from '../../shared/http/validation';
import {
  createSenderInput,
  listSendersInput,
  SENDER_STATUSES,
  type SenderStatus,
} from '../../shared/senders/sender';
import { checkStatusChange } from '../../shared/senders/status';

const detailsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation-error');
    return (error as AppError).details as FieldIssue[] | undefined;
  }
  throw new Error('expected a validation error');
};

describe('sender create input', () => {
  it.each(['abc', 'MySender', 'A1B2C3D4E5F', '123'])('accepts the name %j', (name) => {
    expect(parseInput(createSenderInput, { name, description: 'd' }).name).toBe(name);
  });

  it.each([
    ['ab', 'at least 3'],
    ['ABCDEFGHIJKL', 'at most 11'],
    ['My Sender', 'ASCII letters and digits'],
    ['Société', 'ASCII letters and digits'],
    ['My-Sender', 'ASCII letters and digits'],
    ['', 'at least 3'],
  ])('refuses the name %j', (name, message) => {
    const details = detailsOf(() => parseInput(createSenderInput, { name, description: 'd' }));
    expect(details).toContainEqual({ path: 'name', message: expect.stringContaining(message) });
  });

  it('wants a description of 1 to 500 characters', () => {
    expect(
      parseInput(createSenderInput, { name: 'abc', description: 'x'.repeat(500) }).description,
    ).toHaveLength(500);
    expect(
      detailsOf(() => parseInput(createSenderInput, { name: 'abc', description: 'x'.repeat(501) })),
    ).toEqual([{ path: 'description', message: 'must be at most 500 characters' }]);
    expect(detailsOf(() => parseInput(createSenderInput, { name: 'abc', description: '   ' }))).toEqual([
      { path: 'description', message: 'must not be empty' },
    ]);
  });

  it('names every bad field, unknown ones included', () => {
    const details = detailsOf(() =>
      parseInput(createSenderInput, { name: { $gt: '' }, groupIds: [], extra: 1 }),
    );
    expect(details?.map((detail) => detail.path).sort()).toEqual([
      'description',
      'extra',
      'groupIds',
      'name',
    ]);
  });
});

describe('sender list input', () => {
  it('has the documented defaults', () => {
    expect(parseInput(listSendersInput, {})).toEqual({
      sort: 'desc',
      orderBy: 'createdAt',
      count: 10,
      page: 1,
    });
  });

  it.each([
    [{ count: 'ten' }, 'count'],
    [{ count: 0 }, 'count'],
    [{ count: 101 }, 'count'],
    [{ count: 1.5 }, 'count'],
    [{ page: 0 }, 'page'],
    [{ sort: 'up' }, 'sort'],
    [{ orderBy: 'status' }, 'orderBy'],
  ])('refuses %j', (body, path) => {
    expect(detailsOf(() => parseInput(listSendersInput, body))?.map((detail) => detail.path)).toEqual([path]);
  });
});

describe('sender lifecycle', () => {
  const allowed = new Set([
    'PENDING>SUBMITTED',
    'PENDING>ACCEPTED',
    'PENDING>REFUSED',
    'SUBMITTED>ACCEPTED',
    'SUBMITTED>REFUSED',
    'ACCEPTED>REFUSED',
  ]);
  const moves = SENDER_STATUSES.flatMap((from) =>
    SENDER_STATUSES.map((to) => [from, to] as [SenderStatus, SenderStatus]),
  );

  it.each(moves)('%s → %s follows the contract', (from, to) => {
    const attempt = () => checkStatusChange(from, to, 'a reason');
    if (allowed.has(`${from}>${to}`)) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(OperatorError);
  });

  it('wants a reason for a refusal', () => {
    expect(() => checkStatusChange('PENDING', 'REFUSED', undefined)).toThrow(/reason/);
    expect(() => checkStatusChange('ACCEPTED', 'REFUSED', '  ')).toThrow(/reason/);
    expect(() => checkStatusChange('PENDING', 'ACCEPTED', undefined)).not.toThrow();
  });
});
