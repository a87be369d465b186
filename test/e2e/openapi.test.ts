import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, OPERATOR_ROUTES } from '../../functions/api/routes';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('GET /v1/openapi.json', () => {
  it('serves the OpenAPI 3.1 document without a key, naming the server it was asked of', async () => {
    const response = await fetch(`${stack.url}/v1/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const document = (await response.json()) as {
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    expect(document.servers).toEqual([{ url: stack.url }]);
    expect(Object.keys(document.paths).sort()).toEqual(
      [...new Set([...API_ROUTES, ...OPERATOR_ROUTES].map((route) => route.path))].sort(),
    );
    const result = await new Validator().validate(document as never);
    expect(result.valid).toBe(true);
  });

  it('answers another method with 405, saying GET', async () => {
    const response = await fetch(`${stack.url}/v1/openapi.json`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});
