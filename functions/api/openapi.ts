import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { openApiDocument } from '../../shared/reference/openapi';

// Written once per cold start: it depends on nothing but the code.
let document: string | undefined;

/** `GET /v1/openapi.json`, no key: the OpenAPI 3.1 document, naming the server it was asked of. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const host = event.headers?.host ?? event.requestContext?.domainName;
  // API Gateway always says how it was reached; the local stack is plain http.
  const scheme = event.headers?.['x-forwarded-proto'] ?? 'http';
  document ??= JSON.stringify(openApiDocument({ ...(host ? { serverUrl: `${scheme}://${host}` } : {}) }));
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
    },
    body: document,
  };
}
