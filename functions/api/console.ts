import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { CONSOLE_BUILD_DIR, CONSOLE_FILES, type ConsoleFile } from '../../console/files';
import { type Env, settingOf } from '../../shared/config';
import { AppError } from '../../shared/errors';
import { errorResponse } from '../../shared/http/envelope';
import { htmlPage } from '../../shared/http/page-headers';
import { runtime } from '../../shared/runtime';

const typeOf = (name: ConsoleFile) =>
  name.endsWith('.js') ? 'application/javascript; charset=utf-8' : 'text/css; charset=utf-8';

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

/** The two pages: the customers' console and the operators' back office, each its own script and style. */
const PAGES = {
  console: { title: 'Console SMS', script: 'app.js', style: 'app.css', loading: 'Chargement de la console…' },
  operators: {
    title: 'Back-office SMS',
    script: 'operators.js',
    style: 'operators.css',
    loading: 'Chargement du back-office…',
  },
} as const satisfies Record<
  string,
  { title: string; script: ConsoleFile; style: ConsoleFile; loading: string }
>;

/** The page names each file by its content's hash, so a deployment is seen at once and files cache for long. */
const page = (
  which: (typeof PAGES)[keyof typeof PAGES],
  signIn: ReturnType<typeof signInSettings>,
) => `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <meta name="sign-in" content="${escapeAttribute(JSON.stringify(signIn ?? null))}">
  <title>${which.title}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/console/${which.style}?v=${serve(which.style).version}">
</head>
<body>
  <div id="app"><p class="loading">${which.loading}</p></div>
  <noscript>Cette page a besoin de JavaScript.</noscript>
  <script type="module" src="/console/${which.script}?v=${serve(which.script).version}"></script>
</body>
</html>`;

/**
 * Where the console uploads big import files: the files bucket's own address, as S3's presigned links name
 * it (the endpoint the functions are given instead, on the rehearsal); none locally, where the stack's own
 * address takes them.
 */
export function uploadOrigin(env: Env): string | undefined {
  const bucket = settingOf(env, 'exportBucket');
  if (!bucket) return undefined;
  const endpoint = env.AWS_ENDPOINT_URL;
  return endpoint
    ? new URL(endpoint).origin
    : `https://${bucket}.s3.${env.AWS_REGION ?? 'us-east-1'}.amazonaws.com`;
}

const isConsoleFile = (name: string | undefined): name is ConsoleFile =>
  (CONSOLE_FILES as readonly string[]).includes(name ?? '');

/**
 * `GET /`: the web console; `GET /operateurs`: the operators' back office; `GET /console/{asset}`: their
 * scripts and style sheets. No key: the pages sign people in.
 */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const asset = event.pathParameters?.asset;
  if (asset === undefined) {
    const signIn = signInSettings();
    const which = event.routeKey === 'GET /operateurs' ? PAGES.operators : PAGES.console;
    const upload = uploadOrigin(process.env);
    return htmlPage(page(which, signIn), [
      ...(signIn ? [new URL(signIn.endpoint).origin] : []),
      ...(upload ? [upload] : []),
    ]);
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
      'content-type': typeOf(asset),
      'content-encoding': 'gzip',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
    body: serve(asset).gzipped,
  };
}
