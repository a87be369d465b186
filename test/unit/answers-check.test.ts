import { describe, expect, it } from 'vitest';
import { AnswerOffContract, checkAnswer } from '../support/answers-check';

const sender = {
  id: '6828f5f79df4397112837d22',
  name: 'MySender',
  description: 'My custom sender ID for marketing campaigns',
  status: 'PENDING',
  createdAt: '2025-05-17T20:47:51.320Z',
};

describe('holding answers to the OpenAPI document', () => {
  it('accepts an answer that fits its route and status', () => {
    expect(() =>
      checkAnswer('POST', '/v1/sender/create', 201, { success: true, data: sender, error: null }),
    ).not.toThrow();
    expect(() =>
      checkAnswer('POST', '/v1/sender/list', 200, {
        success: true,
        data: [sender],
        error: null,
        totalCount: 1,
        count: 1,
        page: 1,
        totalPage: 1,
      }),
    ).not.toThrow();
  });

  it('refuses a field the handler added without the document saying so, a missing one, a wrong type', () => {
    const wrong = [
      { ...sender, secret: 'x' },
      { ...sender, createdAt: undefined },
      { ...sender, status: 'VALIDATED' },
    ];
    for (const data of wrong) {
      expect(() =>
        checkAnswer('POST', '/v1/sender/create', 201, { success: true, data, error: null }),
      ).toThrow(AnswerOffContract);
    }
    // A listing without its list fields.
    expect(() =>
      checkAnswer('POST', '/v1/sender/list', 200, { success: true, data: [], error: null }),
    ).toThrow(AnswerOffContract);
  });

  it('refuses a status the route does not document, and an error code it does not name', () => {
    expect(() =>
      checkAnswer('POST', '/v1/sender/create', 200, { success: true, data: sender, error: null }),
    ).toThrow(/no 200 answer/);
    const error = { success: false, data: null, error: 'campaign-not-found', message: 'm', requestId: 'r' };
    expect(() => checkAnswer('POST', '/v1/sender/create', 404, error)).toThrow(AnswerOffContract);
    expect(() => checkAnswer('POST', '/v1/campaign/abc', 404, error)).not.toThrow();
  });
});
