import { describe, expect, it } from 'vitest';
import { API_ROUTES, FALLBACK_MODULE } from '../../functions/api/routes';

// The CDK app points each function at `<module>.handler`: a name that does not match deploys fine and fails every call.
describe('every route module', () => {
  it.each([...API_ROUTES.map((route) => route.module), FALLBACK_MODULE])(
    '%s exports a handler function',
    async (module) => {
      const loaded = (await import(`../../functions/api/${module}.ts`)) as { handler?: unknown };
      expect(typeof loaded.handler).toBe('function');
    },
  );
});

describe('every function module outside the API', () => {
  it.each(['dispatch', 'send', 'recover'])('%s/handler exports a handler function', async (folder) => {
    const loaded = (await import(`../../functions/${folder}/handler.ts`)) as { handler?: unknown };
    expect(typeof loaded.handler).toBe('function');
  });
});
