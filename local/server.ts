import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import {
  ALL_ROUTES,
  type ApiRoute,
  FALLBACK_MODULE,
  findRoute,
  timeoutSecondsOf,
} from '../functions/api/routes';
import { lambdaContext } from './lambda-context';

type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway refuses bodies over 10 MB before any function runs; so does the local stack. */
const GATEWAY_MAX_BODY_BYTES = 10 * 1024 * 1024;

const loadHandler = async (module: string): Promise<LambdaHandler> =>
  ((await import(`../functions/api/${module}.ts`)) as { handler: LambdaHandler }).handler;

/** Loads every route's handler module once, as Lambda would at cold start. */
async function loadHandlers(routes: readonly ApiRoute[]) {
  const entries = await Promise.all(
    [...routes.map((route) => route.module), FALLBACK_MODULE].map(
      async (module) => [module, await loadHandler(module)] as const,
    ),
  );
  return new Map(entries);
}

/** The event API Gateway's HTTP API (payload 2.0) would hand the function for this request. */
export function toApiGatewayEvent(
  request: IncomingMessage,
  body: string,
  match: { routeKey: string; pathParameters?: Record<string, string> },
  requestId: string,
  now: Date,
): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? '/', 'http://local');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query = url.searchParams.size
    ? Object.fromEntries(
        [...url.searchParams.keys()].map((key) => [key, url.searchParams.getAll(key).join(',')]),
      )
    : undefined;
  return {
    version: '2.0',
    routeKey: match.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(query ? { queryStringParameters: query } : {}),
    ...(match.pathParameters && Object.keys(match.pathParameters).length
      ? { pathParameters: match.pathParameters }
      : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: match.routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body,
    isBase64Encoded: false,
  };
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        fail(new BodyTooLarge());
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

/** As API Gateway does: a base64 body goes out as the bytes it encodes. */
function send(response: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
  response.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
}

const json = (statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

/** Extra routes of the local stack and the held rehearsal (`local-routes.ts`). */
export type LocalRoute = (
  request: IncomingMessage,
  body: string,
) => Promise<APIGatewayProxyStructuredResultV2 | undefined>;

/**
 * An HTTP server that does what API Gateway does in front of the deployed functions: it matches
 * the route, builds the same event and calls the very same handler module.
 */
/** A local route that reads the request's body itself, as it streams (uploads), before the gateway's limit applies. */
export type StreamingRoute = (
  request: IncomingMessage,
) => Promise<APIGatewayProxyStructuredResultV2 | undefined>;

export async function createLocalServer(
  options: { localRoutes?: LocalRoute[]; streamingRoutes?: StreamingRoute[] } = {},
): Promise<Server> {
  const handlers = await loadHandlers(ALL_ROUTES);
  const localRoutes: LocalRoute[] = options.localRoutes ?? [];

  return createServer(async (request, response) => {
    const requestId = randomUUID();
    try {
      for (const streaming of options.streamingRoutes ?? []) {
        const answer = await streaming(request);
        if (answer) return send(response, answer);
      }
      const body = await readBody(request, GATEWAY_MAX_BODY_BYTES);
      for (const local of localRoutes) {
        const answer = await local(request, body);
        if (answer) return send(response, answer);
      }
      const path = new URL(request.url ?? '/', 'http://local').pathname;
      const match = findRoute(request.method ?? 'GET', path);
      const module = match.kind === 'route' ? match.route.module : FALLBACK_MODULE;
      const routeKey = match.kind === 'route' ? `${match.route.method} ${match.route.path}` : '$default';
      const event = toApiGatewayEvent(
        request,
        body,
        { routeKey, ...(match.kind === 'route' ? { pathParameters: match.pathParameters } : {}) },
        requestId,
        new Date(),
      );
      const handler = handlers.get(module);
      if (!handler) throw new Error(`no handler module ${module}`);
      const timeout = timeoutSecondsOf(match.kind === 'route' ? match.route : undefined);
      send(response, await handler(event, lambdaContext(requestId, module, timeout)));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        send(response, json(413, { success: false, data: null, error: 'payload-too-large', requestId }));
      } else {
        // What API Gateway answers when the function itself crashes.
        console.error(
          JSON.stringify({
            level: 'error',
            message: 'local gateway failure',
            requestId,
            error: String(error),
          }),
        );
        send(response, json(500, { success: false, data: null, error: 'internal-error', requestId }));
      }
    }
  });
}
