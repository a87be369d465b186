import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { CONSOLE_BUILD_DIR, CONSOLE_FILES, type ConsoleFile } from '../../console/files';
import { AppError } from '../../shared/errors';
import { errorResponse } from '../../shared/http/envelope';
import { htmlPage } from '../../shared/http/page-headers';
import { runtime } from '../../shared/runtime';

const TYPES: Record<ConsoleFile, string> = {
  'app.js': 'application/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

/** Beside the bundle when deployed (copied at bundling); where the local stack built it on this machine. */
const fileOf = (name: ConsoleFile) => {
  const beside = join(import.meta.dirname, name);
  return readFileSync(existsSync(beside) ? beside : join(CONSOLE_BUILD_DIR, name));
};

interface Served {
  gzipped: string;
  version: string;
}

// Read once per cold start: the files change only with a deployment.
const served = new Map<ConsoleFile, Served>();
function serve(name: ConsoleFile): Served {
  let file = served.get(name);
  if (!file) {
    const contents = fileOf(name);
    file = {
      gzipped: gzipSync(contents).toString('base64'),
      version: createHash('sha256').update(contents).digest('hex').slice(0, 12),
    };
    served.set(name, file);
  }
  return file;
}

/** Where the browser signs people in: the user pool's endpoint and the console's client (no secret). */
const signInSettings = () => {
  const pool = runtime().userPool;
  return pool ? { endpoint: pool.endpoint, clientId: pool.clientId } : undefined;
};

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The page names each file by its content's hash, so a deployment is seen at once and files cache for long. */
const page = (signIn: ReturnType<typeof signInSettings>) => `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <meta name="sign-in" content="${escapeAttribute(JSON.stringify(signIn ?? null))}">
  <title>Console SMS</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/console/app.css?v=${serve('app.css').version}">
</head>
<body>
  <div id="app"><p class="loading">Chargement de la console…</p></div>
  <noscript>La console a besoin de JavaScript.</noscript>
  <script type="module" src="/console/app.js?v=${serve('app.js').version}"></script>
</body>
</html>`;

const isConsoleFile = (name: string | undefined): name is ConsoleFile =>
  (CONSOLE_FILES as readonly string[]).includes(name ?? '');

/** `GET /`: the web console; `GET /console/{asset}`: its script and style sheet. No key: the page signs people in. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const asset = event.pathParameters?.asset;
  if (asset === undefined) {
    const signIn = signInSettings();
    return htmlPage(page(signIn), signIn ? [new URL(signIn.endpoint).origin] : []);
  }
  if (!isConsoleFile(asset)) {
    return errorResponse(
      new AppError('route-not-found', `No ${asset} here.`),
      event.requestContext?.requestId ?? '',
    );
  }
  return {
    statusCode: 200,
    isBase64Encoded: true,
    headers: {
      'content-type': TYPES[asset],
      'content-encoding': 'gzip',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
    body: serve(asset).gzipped,
  };
}
