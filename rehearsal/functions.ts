/**
 * Every `AWS::Lambda::Function` of the template, run from its bundled asset in a worker thread of its
 * own, with exactly the environment the template gives it (plus what Lambda itself sets): a function
 * that needs a variable the template does not set fails as it loads, as it would on AWS.
 */
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { type RehearsalClock, WORKER_CLOCK_SOURCE } from './clock';
import { REGION, type TemplateReader } from './template';

/**
 * The worker: the rehearsal's clock stands in for the system's, then the bundle loads as Lambda's
 * runtime would load it, then one invocation runs per message (its deadline on real time).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
${WORKER_CLOCK_SOURCE}
const loaded = import(workerData.bundle).then((module) => module[workerData.exportName]);
loaded.then(
  (handler) => parentPort.postMessage({ kind: 'ready', ok: typeof handler === 'function' }),
  (error) => parentPort.postMessage({ kind: 'ready', ok: false, error: String(error && error.message || error) }),
);
parentPort.on('message', async ({ id, event, timeoutMs }) => {
  const deadline = RealDate.now() + timeoutMs;
  const context = {
    awsRequestId: 'rehearsal-' + id,
    functionName: workerData.name,
    getRemainingTimeInMillis: () => Math.max(0, deadline - RealDate.now()),
    callbackWaitsForEmptyEventLoop: false,
  };
  try {
    const handler = await loaded;
    parentPort.postMessage({ kind: 'result', id, result: await handler(event, context) });
  } catch (error) {
    parentPort.postMessage({ kind: 'result', id, error: { name: error && error.name, message: String(error && error.message || error) } });
  }
});
`;

export class FunctionFailed extends Error {}

export interface RehearsedFunction {
  id: string;
  timeoutSeconds: number;
  invoke(event: unknown): Promise<unknown>;
}

class WorkerFunction implements RehearsedFunction {
  readonly ready: Promise<void>;
  #worker: Worker;
  #next = 0;
  #pending = new Map<number, { done: (value: unknown) => void; fail: (error: Error) => void }>();

  constructor(
    readonly id: string,
    readonly timeoutSeconds: number,
    bundle: string,
    exportName: string,
    env: Record<string, string>,
    clock: SharedArrayBuffer,
  ) {
    this.#worker = new Worker(WORKER_SOURCE, {
      eval: true,
      env,
      workerData: { bundle, exportName, name: id, clock },
    });
    this.ready = new Promise((done, fail) => {
      this.#worker.once('message', (message: { ok: boolean; error?: string }) =>
        message.ok
          ? done()
          : fail(new FunctionFailed(`function ${id} failed as it loaded: ${message.error}`)),
      );
      this.#worker.once('error', (error) =>
        fail(new FunctionFailed(`function ${id} crashed: ${error.message}`)),
      );
    });
    this.#worker.on(
      'message',
      (message: {
        kind: string;
        id: number;
        result?: unknown;
        error?: { name: string; message: string };
      }) => {
        if (message.kind !== 'result') return;
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (message.error)
          pending?.fail(
            Object.assign(new FunctionFailed(message.error.message), { name: message.error.name }),
          );
        else pending?.done(message.result);
      },
    );
  }

  invoke(event: unknown): Promise<unknown> {
    const id = ++this.#next;
    return new Promise((done, fail) => {
      this.#pending.set(id, { done, fail });
      this.#worker.postMessage({ id, event, timeoutMs: this.timeoutSeconds * 1000 });
    });
  }

  stop(): Promise<number> {
    return this.#worker.terminate();
  }
}

/**
 * What a bundle imports beyond Node itself. Anything there would come from the Lambda runtime's own
 * copy (of a version nobody tested) while the rehearsal would find the repository's: what ships must
 * carry it.
 */
export async function packagesImportedBy(bundle: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [bundle],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const imports = Object.values(metafile.inputs).flatMap((input) => input.imports);
  return [...new Set(imports.filter((i) => i.external && !isBuiltin(i.path)).map((i) => i.path))];
}

/** The secret access key every rehearsed function is given (its access key id is its logical id). */
export const REHEARSAL_SECRET = 'rehearsal';

/** A function of the template as it will be started: its bundle, its handler, its environment. */
interface PlannedFunction {
  id: string;
  timeout: number;
  bundle: string;
  exportName: string;
  env: Record<string, string>;
}

/** Refuses a bundle that imports packages instead of carrying them. */
async function checkCarried(fn: PlannedFunction): Promise<void> {
  const outside = await packagesImportedBy(fn.bundle);
  if (outside.length > 0) {
    throw new FunctionFailed(`${fn.id}: its bundle imports ${outside.join(', ')} instead of carrying them`);
  }
}

/**
 * A function whose bundle is checked and loaded at its first invocation, as a cold start: a run that
 * calls few of the template's functions pays for those alone. Loading fails that invocation, and every
 * later one, with the same error.
 */
class FunctionOnFirstCall implements RehearsedFunction {
  #started?: Promise<WorkerFunction>;

  constructor(
    private readonly planned: PlannedFunction,
    private readonly clock: SharedArrayBuffer,
  ) {}

  get id() {
    return this.planned.id;
  }

  get timeoutSeconds() {
    return this.planned.timeout;
  }

  invoke(event: unknown): Promise<unknown> {
    this.#started ??= this.#start();
    return this.#started.then((fn) => fn.invoke(event));
  }

  async #start(): Promise<WorkerFunction> {
    await checkCarried(this.planned);
    const fn = startWorker(this.planned, this.clock);
    await fn.ready.catch(async (error) => {
      await fn.stop();
      throw error;
    });
    return fn;
  }

  async stop(): Promise<void> {
    const fn = await this.#started?.catch(() => undefined);
    await fn?.stop();
  }
}

const startWorker = (fn: PlannedFunction, clock: SharedArrayBuffer) =>
  new WorkerFunction(fn.id, fn.timeout, fn.bundle, fn.exportName, fn.env, clock);

/**
 * Every function of the template from `cdkOut`'s assets. By default each is checked and loaded now,
 * and any that cannot load fails the start, naming it; `onFirstCall` leaves each to its first invocation.
 */
export async function startFunctions(
  reader: TemplateReader,
  cdkOut: string,
  gateway: string,
  clock: RehearsalClock,
  { onFirstCall = false }: { onFirstCall?: boolean } = {},
): Promise<{ functions: Map<string, RehearsedFunction>; stop: () => Promise<void> }> {
  const planned: PlannedFunction[] = [];
  for (const [id, resource] of reader.ofType('AWS::Lambda::Function')) {
    const properties = resource.Properties ?? {};
    const asset = String(resource.Metadata?.['aws:asset:path'] ?? '');
    const [file, exportName] = String(properties.Handler ?? 'index.handler').split('.') as [string, string];
    const variables = reader.resolve(
      (properties.Environment as { Variables?: unknown })?.Variables ?? {},
    ) as Record<string, string>;
    const env = {
      ...variables,
      // What Lambda sets; the credentials name the function, so the gateway knows who calls.
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: id,
      AWS_SECRET_ACCESS_KEY: REHEARSAL_SECRET,
      AWS_ENDPOINT_URL: gateway,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    };
    planned.push({
      id,
      timeout: Number(properties.Timeout ?? 3),
      bundle: join(cdkOut, asset, `${file}.mjs`),
      exportName,
      env,
    });
  }
  if (onFirstCall) {
    const started = planned.map((fn) => new FunctionOnFirstCall(fn, clock.shared));
    return {
      functions: new Map(started.map((fn) => [fn.id, fn])),
      stop: async () => {
        await Promise.all(started.map((fn) => fn.stop()));
      },
    };
  }
  // Checked before any starts, so a refusal leaves no worker behind.
  for (const fn of planned) await checkCarried(fn);
  const started = planned.map((fn) => startWorker(fn, clock.shared));
  const stop = async () => {
    await Promise.all(started.map((fn) => fn.stop()));
  };
  try {
    await Promise.all(started.map((fn) => fn.ready));
  } catch (error) {
    await stop();
    throw error;
  }
  return { functions: new Map(started.map((fn) => [fn.id, fn])), stop };
}
