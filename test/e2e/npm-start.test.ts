import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isListening, occupyPort, type Running, run, runToEnd } from '../support/process';

const stateFile = () => join(mkdtempSync(join(tmpdir(), 'sms-local-')), 'stack.json');

describe('npm start', () => {
  it.each([
    ['Ctrl-C in a terminal', (stack: Running) => stack.signalGroup('SIGINT')],
    ['SIGTERM to npm', (stack: Running) => stack.child.kill('SIGTERM')],
  ])(
    'serves the API, prints how to use it, works with the admin command line, and %s stops everything',
    async (_, stop) => {
      const env = { PORT: '0', LOCAL_STATE_FILE: stateFile(), DEMO_API_KEY: 'demo-key-for-tests' };
      const stack = run('npm', ['start'], env);
      try {
        const [, url] = await stack.waitFor(/API\s+(http:\/\/127\.0\.0\.1:\d+)/);
        const [, dynamo] = await stack.waitFor(/DynamoDB\s+(http:\/\/127\.0\.0\.1:\d+)/);
        await stack.waitFor(/Ctrl-C/);
        expect(stack.output()).toContain('API key    demo-key-for-tests');
        expect(stack.output()).toContain(`curl -s ${url}/v1/sender/create`);
        // The console, at the address it prints, with the script it built as it started.
        expect(stack.output()).toContain(`Console    ${url}/   (sign in with the API key below)`);
        const consolePage = await (await fetch(`${url}/`)).text();
        const script = consolePage.match(/src="(\/console\/app\.js\?v=\w+)"/)?.[1];
        expect((await fetch(`${url}${script}`)).status).toBe(200);

        const health = await fetch(`${url}/health`);
        expect(health.status).toBe(200);
        const created = await fetch(`${url}/v1/sender/create`, {
          method: 'POST',
          body: JSON.stringify({ apiKey: 'demo-key-for-tests', name: 'Demo', description: 'demo' }),
        });
        expect(created.status).toBe(201);
        const senderId = ((await created.json()) as { data: { id: string } }).data.id;

        // The admin command line finds the running stack by itself.
        const accepted = await runToEnd(
          'npm',
          ['run', '-s', 'admin', '--', 'sender', 'set-status', senderId, 'ACCEPTED'],
          env,
        );
        expect(accepted.stderr).toBe('');
        expect(JSON.parse(accepted.stdout)).toMatchObject({ id: senderId, status: 'ACCEPTED' });
        const listed = await fetch(`${url}/v1/sender/list`, {
          method: 'POST',
          headers: { 'x-api-key': 'demo-key-for-tests' },
        });
        expect(((await listed.json()) as { data: { status: string }[] }).data[0]?.status).toBe('ACCEPTED');
        // The demonstration price list is there for the operators to read (and change).
        const prices = await runToEnd('npm', ['run', '-s', 'admin', '--', 'price', 'list'], env);
        expect(JSON.parse(prices.stdout)).toContainEqual({ country: 'CI', price: 25, source: 'platform' });

        expect(await isListening(dynamo as string)).toBe(true);
        stop(stack);
        await stack.exited;
        expect(stack.output()).toContain('stopping the local stack');
        expect(await isListening(url as string)).toBe(false);
        expect(await isListening(dynamo as string)).toBe(false);
      } finally {
        stack.signalGroup('SIGKILL');
      }
    },
  );

  it('says clearly that the port is taken, and leaves nothing running', async () => {
    const taken = await occupyPort();
    try {
      const stack = run('npm', ['start'], { PORT: String(taken.port), LOCAL_STATE_FILE: stateFile() });
      expect(await stack.exited).toBe(1);
      expect(stack.output()).toContain(`Port ${taken.port} on 127.0.0.1 is already in use`);
      expect(stack.output()).not.toContain('DynamoDB   http');
    } finally {
      taken.server.close();
    }
  });

  it('admin without a running stack or --table says what to do', async () => {
    const result = await runToEnd('npm', ['run', '-s', 'admin', '--', 'sender', 'list'], {
      LOCAL_STATE_FILE: stateFile(),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no local stack is running');
  });
});
