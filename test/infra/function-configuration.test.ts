import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_ROUTES, EXPORT_ROUTES, OPERATOR_ROUTES, SEGMENT_ROUTES } from '../../functions/api/routes';
import { buildApp } from '../../infra/app';
import { ENTRY_METADATA } from '../../infra/constructs/house-function';
import { ROOT } from '../support/process';

/**
 * Each function's module is loaded as Lambda would at cold start, with exactly the environment the
 * synthesized template gives that function (its references stood in for by placeholders): it must
 * load, export its handler, and fail as it loads when a setting it needs is taken away.
 */
interface FunctionUnderTest {
  id: string;
  entry: string;
  env: Record<string, string>;
}

let functions: FunctionUnderTest[] = [];

/** A value as the function would read it: a joined string keeps its text, each reference stood in for. */
function standIn(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join) return join[1].map((part) => (typeof part === 'string' ? part : 'placeholder')).join(join[0]);
  return `placeholder-for-${JSON.stringify(value)}`;
}

beforeAll(() => {
  const { stack } = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));
  const resources = Template.fromStack(stack).findResources('AWS::Lambda::Function');
  functions = Object.entries(resources).map(([id, resource]) => {
    const variables = (resource.Properties.Environment?.Variables ?? {}) as Record<string, unknown>;
    return {
      id,
      entry: String(resource.Metadata?.[ENTRY_METADATA]),
      env: Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, standIn(value)])),
    };
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A fresh module registry, this function's environment and nothing else, then its module. */
async function coldStart(fn: FunctionUnderTest, without: string[] = []) {
  vi.resetModules();
  for (const name of ['TABLE_NAME', 'DYNAMODB_ENDPOINT']) vi.stubEnv(name, '');
  for (const [name, value] of Object.entries(fn.env)) vi.stubEnv(name, without.includes(name) ? '' : value);
  return (await import(join(ROOT, fn.entry))) as { handler?: unknown };
}

const named = (idPrefix: string) => {
  const fn = functions.find((candidate) => candidate.id.startsWith(idPrefix));
  if (!fn) throw new Error(`no function ${idPrefix} in the template`);
  return fn;
};

describe('every function, loaded with the environment the template gives it', () => {
  it('loads and exports its handler (every route, the fallback, dispatch, send, recovery)', async () => {
    expect(functions.length).toBeGreaterThan(15);
    for (const fn of functions) {
      const loaded: { handler?: unknown; error?: string } = await coldStart(fn).catch((error: Error) => ({
        error: error.message,
      }));
      // On failure the diff shows which function, and why it did not load.
      expect({ id: fn.id, handler: typeof loaded.handler, error: loaded.error }).toEqual({
        id: fn.id,
        handler: 'function',
      });
    }
  });

  it("validates each route's body with the schema its reference documents, and takes an Idempotency-Key where it says", async () => {
    for (const route of API_ROUTES.filter((candidate) => !('family' in candidate))) {
      const { handler } = (await coldStart(named(`Api${route.id}`))) as {
        handler: { contract: { body: unknown; idempotent: boolean } };
      };
      // From the same module registry as the handler just loaded: the very schema objects.
      const { ROUTE_REFERENCE } = await import('../../shared/reference/routes');
      const reference = ROUTE_REFERENCE[route.id];
      expect(handler.contract.body === reference.body, route.id).toBe(true);
      expect(handler.contract.idempotent, route.id).toBe('idempotent' in reference && reference.idempotent);
    }
    // The segments' one function carries every segment route's handler.
    const { SEGMENT_HANDLERS } = (await coldStart(named('ApiSegments'))) as {
      SEGMENT_HANDLERS: Record<string, { contract: { body: unknown; idempotent: boolean } }>;
    };
    const { ROUTE_REFERENCE } = await import('../../shared/reference/routes');
    for (const route of SEGMENT_ROUTES) {
      const { contract } = SEGMENT_HANDLERS[route.id] as { contract: { body: unknown; idempotent: boolean } };
      const reference: { body: unknown; idempotent?: boolean } = ROUTE_REFERENCE[route.id];
      expect(contract.body === reference.body, route.id).toBe(true);
      expect(contract.idempotent, route.id).toBe(reference.idempotent === true);
    }
    // So does the exports' one function, for the export routes.
    const { EXPORT_HANDLERS } = (await coldStart(named('ApiExports'))) as {
      EXPORT_HANDLERS: Record<string, { contract: { body: unknown; idempotent: boolean } }>;
    };
    const { ROUTE_REFERENCE: EXPORT_REFERENCE } = await import('../../shared/reference/routes');
    for (const route of EXPORT_ROUTES) {
      const { contract } = EXPORT_HANDLERS[route.id] as { contract: { body: unknown; idempotent: boolean } };
      const reference: { body: unknown; idempotent?: boolean } = EXPORT_REFERENCE[route.id];
      expect(contract.body === reference.body, route.id).toBe(true);
      expect(contract.idempotent, route.id).toBe(reference.idempotent === true);
    }
    // The back office's one function carries every operator route's handler.
    const { OPERATOR_HANDLERS } = (await coldStart(named('ApiOperators'))) as {
      OPERATOR_HANDLERS: Record<string, { contract: { body: unknown; idempotent: boolean } }>;
    };
    const { OPERATOR_REFERENCE } = await import('../../shared/reference/operator-routes');
    for (const route of OPERATOR_ROUTES) {
      const { contract } = OPERATOR_HANDLERS[route.id] as {
        contract: { body: unknown; idempotent: boolean };
      };
      const reference: { body: unknown; idempotent?: boolean } = OPERATOR_REFERENCE[route.id];
      expect(contract.body === reference.body, route.id).toBe(true);
      expect(contract.idempotent, route.id).toBe(reference.idempotent === true);
      // Whatever changes something takes an Idempotency-Key, as the customers' routes do.
      expect(contract.idempotent || route.readOnly, route.id).toBe(true);
    }
  });

  it('fails as it loads, naming the variable, when its table is not given', async () => {
    for (const fn of functions.filter((candidate) => 'TABLE_NAME' in candidate.env)) {
      await expect(coldStart(fn, ['TABLE_NAME']), fn.id).rejects.toThrow('TABLE_NAME');
    }
  });

  it.each([
    ['SendingDispatch', 'SEND_QUEUE_URL'],
    ['SendingSend', 'SMS_MESSAGE_TYPE'],
    ['SendingSend', 'SMS_CONFIGURATION_SET'],
    ['SendingRecover', 'DISPATCH_QUEUE_URL'],
    ['ApiCampaignCreate', 'DISPATCH_QUEUE_URL'],
    ['ApiCampaignCreate', 'SCHEDULE_GROUP'],
    ['ApiCampaignCancel', 'SCHEDULER_ROLE_ARN'],
  ])('%s fails as it loads without %s', async (id, variable) => {
    await expect(coldStart(named(id), [variable])).rejects.toThrow(variable);
  });
});
