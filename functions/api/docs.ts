import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError } from '../../shared/errors';
import { errorResponse } from '../../shared/http/envelope';
import { htmlPage } from '../../shared/http/page-headers';

/** What the page loads, served by us (no CDN): Swagger UI's own bundle and style sheet. */
const PACKAGE_ASSETS: Record<string, string> = {
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

/** Ours: nothing inline runs on the page, so its start and its two style rules are files too. */
const OWN_ASSETS: Record<string, { type: string; body: string }> = {
  'reference.js': {
    type: 'application/javascript; charset=utf-8',
    body: `window.ui = SwaggerUIBundle({
  url: '/v1/openapi.json',
  dom_id: '#reference',
  deepLinking: true,
  docExpansion: 'list',
  validatorUrl: null,
  tryItOutEnabled: false,
});
`,
  },
  'reference.css': {
    type: 'text/css; charset=utf-8',
    body: 'body { margin: 0 } .topbar { display: none }\n',
  },
};

const PAGE = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>API SMS : référence</title>
  <link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
  <link rel="stylesheet" href="/docs/swagger-ui.css">
  <link rel="stylesheet" href="/docs/reference.css">
</head>
<body>
  <main id="reference"></main>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script src="/docs/reference.js"></script>
</body>
</html>`;

/** Beside the bundle when deployed (copied at bundling); from the package on this machine. */
function assetFile(name: string): Buffer {
  const beside = join(import.meta.dirname, name);
  return readFileSync(
    existsSync(beside) ? beside : createRequire(import.meta.url).resolve(`swagger-ui-dist/${name}`),
  );
}

const gzipped = new Map<string, string>();

/** `GET /docs`: the API reference page; `GET /docs/{asset}`: what it loads. No key. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const asset = event.pathParameters?.asset;
  if (asset === undefined) {
    return htmlPage(PAGE);
  }
  const own = OWN_ASSETS[asset];
  if (own) {
    return {
      statusCode: 200,
      headers: { 'content-type': own.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' },
      body: own.body,
    };
  }
  const type = PACKAGE_ASSETS[asset];
  if (!type) {
    return errorResponse(
      new AppError('route-not-found', `No ${asset} here.`),
      event.requestContext?.requestId ?? '',
    );
  }
  let body = gzipped.get(asset);
  if (body === undefined) {
    // Lambda answers at most 6 MB: the 1.7 MB bundle goes compressed.
    body = gzipSync(assetFile(asset)).toString('base64');
    gzipped.set(asset, body);
  }
  return {
    statusCode: 200,
    isBase64Encoded: true,
    headers: {
      'content-type': type,
      'content-encoding': 'gzip',
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    },
    body,
  };
}
