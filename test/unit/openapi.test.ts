import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../functions/api/routes';
import { errorStatus } from '../../shared/errors';
import { openApiDocument } from '../../shared/reference/openapi';

// biome-ignore lint/suspicious/noExplicitAny: the document is read field by field
const document = openApiDocument({ serverUrl: 'https://api.example.com' }) as any;

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, to a maintained validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every route, its path id and its Idempotency-Key', () => {
    for (const route of API_ROUTES) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, route.path).toBeDefined();
      // The role it needs, as routes.ts declares it, for people and for tools.
      expect(operation['x-role'], route.path).toBe(route.role);
      expect(operation.description, route.path).toContain(`Rôle nécessaire : \`${route.role}\``);
      const parameters = (operation.parameters ?? []).map((parameter: { name: string }) => parameter.name);
      expect(parameters.includes('id'), route.path).toBe(route.path.includes('{id}'));
    }
    const create = document.paths['/v1/campaign/create'].post;
    expect(create.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'Idempotency-Key',
    ]);
    expect(Object.keys(create.responses)).toEqual([
      '201',
      '400',
      '401',
      '402',
      '403',
      '404',
      '409',
      '413',
      '429',
      '500',
    ]);
  });

  it('names every error code the API answers, under its HTTP status', () => {
    const named = new Map<string, string>();
    for (const path of Object.values(document.paths) as Record<
      string,
      { responses: Record<string, unknown> }
    >[]) {
      for (const operation of Object.values(path)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const codes = (
            response as {
              content: { 'application/json': { schema: { properties: { error: { enum?: string[] } } } } };
            }
          ).content['application/json'].schema.properties.error.enum;
          for (const code of codes ?? []) named.set(code, status);
        }
      }
    }
    const routed = Object.entries(errorStatus).filter(
      ([code]) => !['route-not-found', 'method-not-allowed'].includes(code),
    );
    for (const [code, status] of routed) expect(named.get(code), code).toBe(String(status));
  });

  it('describes every body field, in French', () => {
    const undescribed: string[] = [];
    for (const path of Object.keys(document.paths)) {
      const properties =
        document.paths[path].post.requestBody.content['application/json'].schema.properties ?? {};
      for (const [field, schema] of Object.entries(properties) as [string, { description?: string }][]) {
        if (!schema.description) undescribed.push(`${path} ${field}`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('takes the API key in the body and in both headers, and shows the docs own examples', () => {
    const senderCreate = document.paths['/v1/sender/create'].post;
    expect(senderCreate.security).toEqual([{}, { cleApi: [] }, { porteur: [] }]);
    expect(document.components.securitySchemes.cleApi).toMatchObject({ in: 'header', name: 'x-api-key' });
    expect(document.components.securitySchemes.porteur).toMatchObject({ type: 'http', scheme: 'bearer' });
    const body = senderCreate.requestBody.content['application/json'];
    expect(body.schema.properties.apiKey.type).toBe('string');
    expect(body.example).toEqual({
      apiKey: 'YOUR_API_KEY',
      name: 'MySender',
      description: 'My custom sender ID for marketing campaigns',
    });
    const listed = document.paths['/v1/sender/list'].post.responses['200'];
    expect(listed.headers['x-ratelimit-remaining']).toBeDefined();
    expect(listed.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['totalCount', 'count', 'page', 'totalPage']),
    );
    expect(document.info.description).toMatch(/Toutes les réponses suivent le format/);
    const campaignExamples =
      document.paths['/v1/campaign/create'].post.requestBody.content['application/json'].examples;
    expect(Object.keys(campaignExamples)).toEqual(['standard', 'programmee', 'repetee']);
    expect(campaignExamples.repetee.value.recurring.monday).toBe('2024-03-18T09:00:00Z');
  });
});
