import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../../functions/api/fallback';

const event = (method: string, path: string) =>
  ({
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: { requestId: 'req-fallback', http: { method, path } },
  }) as unknown as APIGatewayProxyEventV2;

// Deployed, the fallback function has no table: it must answer without one.
describe('the fallback function, with no table configured', () => {
  it('answers an unknown route with 404 route-not-found', async () => {
    expect(process.env.TABLE_NAME).toBeUndefined();
    const result = await handler(event('POST', '/v1/nothing'), {} as Context);
    expect(result.statusCode).toBe(404);
    expect(JSON.parse(result.body ?? '')).toMatchObject({
      success: false,
      error: 'route-not-found',
      requestId: 'req-fallback',
    });
  });

  it('answers a known path with the wrong method with 405 and an allow header', async () => {
    const result = await handler(event('DELETE', '/v1/sender/create'), {} as Context);
    expect(result.statusCode).toBe(405);
    expect(result.headers).toMatchObject({ allow: 'POST' });
  });
});
