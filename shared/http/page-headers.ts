import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * The headers of every page we serve (the console, the API reference): only this origin's files run
 * and style it (images may be data: URIs), it talks only to this origin (and those named), nothing frames it, and no
 * address leaves in a referrer.
 */
const pageSecurityHeaders = (connectTo: readonly string[]) => ({
  'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src ${["'self'", ...connectTo].join(' ')}; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
});

/**
 * A page as we serve it: HTML, looked at again on each visit (its files are named by version), with
 * those headers; `connectTo` names the other origins it may call (the console: the user pool's).
 */
export const htmlPage = (
  html: string,
  connectTo: readonly string[] = [],
): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 200,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    ...pageSecurityHeaders(connectTo),
  },
  body: html,
});
