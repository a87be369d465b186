/**
 * `GET /l/{code}` (and `HEAD`, any case of it): no key, one read, a 302 to the link the campaign wrote.
 * The click is handed to the reports queue before answering; a click that cannot be handed over is
 * logged and lost, never the visitor's redirect.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { htmlPage } from '../../shared/http/page-headers';
import { followLink } from '../../shared/links/redirect';
import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { clickQueueFromEnv } from '../../shared/sending/aws/sqs';

const NEEDS = requireConfiguration({ table: true, ports: { clickQueue: clickQueueFromEnv } });

const page = (statusCode: number, title: string, message: string): APIGatewayProxyStructuredResultV2 => {
  const answer = htmlPage(`<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${message}</p></main></body>
</html>
`);
  return { ...answer, statusCode, headers: { ...answer.headers, 'cache-control': 'private, no-store' } };
};

const NOT_FOUND = () =>
  page(
    404,
    'Lien introuvable',
    'Ce lien n’existe pas. Vérifiez qu’il est recopié en entier depuis le SMS reçu.',
  );
const GONE = () =>
  page(410, 'Lien expiré', 'Ce lien n’est plus valable : sa durée de validité est dépassée.');

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const method = event.requestContext.http.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      statusCode: 405,
      headers: { allow: 'GET, HEAD', 'cache-control': 'private, no-store' },
      body: '',
    };
  }
  const rt = runtime();
  const answer = await followLink(
    rt.db,
    {
      code: event.pathParameters?.code ?? '',
      method,
      userAgent: event.headers['user-agent'],
      requestId: event.requestContext.requestId,
    },
    rt.clock.now(),
  );
  if (answer.kind === 'unknown') return NOT_FOUND();
  if (answer.kind === 'gone') return GONE();
  if (answer.click) {
    await portsOf(rt, NEEDS)
      .clickQueue.recordClick(answer.click)
      .catch((error: unknown) =>
        rt.log.error('a click was not handed over', { error, code: event.pathParameters?.code }),
      );
  }
  return {
    statusCode: 302,
    headers: { location: answer.url, 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' },
    body: '',
  };
}
