/**
 * The headers of every page we serve (the console, the API reference): only this origin's files run
 * and style it (images may be data: URIs), it talks only to this origin, nothing frames it, and no
 * address leaves in a referrer.
 */
export const PAGE_SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;
