import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * The headers of every page we serve (the console, the API reference): only this origin's files run
 * and style it (images may be data: URIs), it talks only to this origin, nothing frames it, and no
 * address leaves in a referrer.
 */
const PAGE_SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;

/** A page as we serve it: HTML, looked at again on each visit (its files are named by version), with those headers. */
export const htmlPage = (html: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 200,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    ...PAGE_SECURITY_HEADERS,
  },
  body: html,
});
