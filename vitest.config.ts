import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One `npm test` runs every folder; `npx vitest run --project unit` (or integration, e2e, infra) runs one.
const project = (name: string, testTimeout = 30_000) => ({
  extends: true as const,
  test: { name, include: [`test/${name}/**/*.test.ts`], testTimeout, hookTimeout: 60_000 },
});

/**
 * End-to-end files that do not run on the rehearsal: they drive `npm start` itself (a process, its
 * command line) or the SDK's package, whose subject is not what ships.
 */
const REHEARSAL_LEAVES_OUT = [
  'test/e2e/npm-start.test.ts',
  'test/e2e/admin-process.test.ts',
  'test/e2e/sdk-package.test.ts',
  'test/e2e/persistence.test.ts',
  // Deployed, webhooks go to public addresses only and the rehearsal reaches none (test/rehearsal checks
  // the refusal at creation and again at delivery, and the retries through the queue).
  'test/e2e/webhooks.test.ts',
];

export default defineConfig({
  test: {
    // One DynamoDB Local for the whole run; each test file makes its own table in it.
    globalSetup: ['test/support/global-setup.ts'],
    // Vitest keeps one core for itself (one worker on a 2-core machine), but most of a file's time is spent
    // waiting on DynamoDB Local, Chromium or a function's process: a worker a core keeps them busy.
    maxWorkers: availableParallelism(),
    reporters: ['default', './test/support/summary-reporter.ts'],
    env: { LOG_LEVEL: 'silent', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      project('unit'),
      project('integration'),
      project('e2e'),
      project('infra', 120_000),
      project('rehearsal', 120_000),
      {
        // The same end-to-end files on what `cdk deploy` ships (docs/testing.md lists those left out, and why).
        extends: true as const,
        test: {
          name: 'e2e-rehearsal',
          include: ['test/e2e/**/*.test.ts'],
          exclude: REHEARSAL_LEAVES_OUT,
          env: { E2E_TARGET: 'rehearsal' },
          globalSetup: ['test/support/global-setup.ts', 'test/support/rehearsal-setup.ts'],
          // What ships checks every AWS call against its role: a 1,000-message campaign takes longer there.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
