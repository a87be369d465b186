import { describe, expect, it } from 'vitest';
import { AppError, validationError } from '../../shared/errors';
import { errorResponse, paged, successResponse } from '../../shared/http/envelope';
import { apiKeyOf } from '../../shared/http/pipeline';

const bodyOf = (response: { body?: string }) => JSON.parse(response.body ?? '');

describe('the envelope', () => {
  it('wraps data and pagination', () => {
    const reply = paged({ items: [1, 2], totalCount: 12, page: 2, size: 5 }, (n) => n * 10);
    const response = successResponse(reply, 'req-1');
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ 'x-request-id': 'req-1' });
    expect(bodyOf(response)).toEqual({
      success: true,
      data: [10, 20],
      error: null,
      totalCount: 12,
      count: 2,
      page: 2,
      totalPage: 3,
    });
  });

  it('maps a domain error to its code, status and details', () => {
    const response = errorResponse(validationError([{ path: 'name', message: 'bad' }]), 'req-2');
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({
      success: false,
      data: null,
      error: 'validation-error',
      details: [{ path: 'name', message: 'bad' }],
      requestId: 'req-2',
    });
    expect(errorResponse(new AppError('sender-name-taken'), 'r').statusCode).toBe(409);
    expect(errorResponse(new AppError('sender-limit-reached'), 'r').statusCode).toBe(403);
    expect(errorResponse(new AppError('payload-too-large'), 'r').statusCode).toBe(413);
  });

  it('shows nothing of an unexpected error but the request id', () => {
    const response = errorResponse(
      new Error('ConditionalCheckFailed on pk ACCOUNT#123 at /var/task/x.js'),
      'req-3',
    );
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('ACCOUNT#123');
    expect(response.body).not.toContain('/var/task');
    expect(bodyOf(response)).toMatchObject({
      error: 'internal-error',
      requestId: 'req-3',
      data: null,
      success: false,
    });
  });
});

describe('the API key of a request', () => {
  it('comes from the body first, then the Authorization header, then x-api-key', () => {
    expect(apiKeyOf({ apiKey: 'body' }, { authorization: 'Bearer header', 'x-api-key': 'x' })).toBe('body');
    expect(apiKeyOf({}, { authorization: 'Bearer header', 'x-api-key': 'x' })).toBe('header');
    expect(apiKeyOf({}, { authorization: 'bearer  lower ' })).toBe('lower');
    expect(apiKeyOf({}, { authorization: 'Basic abc', 'x-api-key': 'x' })).toBe('x');
    expect(apiKeyOf({}, {})).toBeUndefined();
  });
});
