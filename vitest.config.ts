import { defineConfig } from 'vitest/config';

// One `npm test` runs every folder; `npx vitest run --project unit` (or integration, e2e, infra) runs one.
const project = (name: string, testTimeout = 30_000) => ({
  extends: true as const,
  test: { name, include: [`test/${name}/**/*.test.ts`], testTimeout, hookTimeout: 60_000 },
});

export default defineConfig({
  test: {
    // One DynamoDB Local for the whole run; each test file makes its own table in it.
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    env: { LOG_LEVEL: 'silent', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      project('unit'),
      project('integration'),
      project('e2e'),
      project('infra', 120_000),
      project('rehearsal', 120_000),
    ],
  },
});
