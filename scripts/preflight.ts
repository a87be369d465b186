/** `npm run preflight -- --region R [--account 123456789012]`: see admin/preflight.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SSMClient } from '@aws-sdk/client-ssm';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { formatFindings, preflight, regionsOfLintConfig, stackNeedsOf } from '../admin/preflight';
import { buildApp } from '../infra/app';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({ options: { region: { type: 'string' }, account: { type: 'string' } } });
const region = values.region ?? process.env.AWS_REGION;
if (!region) {
  console.error('usage: npm run preflight -- --region <region> [--account <id>]');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
// The stack as `cdk deploy` would make it (bundling skipped: only its shape matters here).
const { stack } = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));
const needs = stackNeedsOf(
  Template.fromStack(stack).toJSON() as Parameters<typeof stackNeedsOf>[0],
  regionsOfLintConfig(readFileSync(join(root, '.cfnlintrc.yaml'), 'utf8')),
);
const findings = await preflight(
  {
    ssm: new SSMClient({ region }),
    lambda: new LambdaClient({ region }),
    sms: new PinpointSMSVoiceV2Client({ region }),
  },
  { region, ...(values.account ? { account: values.account } : {}) },
  needs,
);
console.log(formatFindings(findings));
process.exit(findings.some((finding) => finding.severity === 'missing') ? 1 : 0);
