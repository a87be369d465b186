import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetAccountSettingsCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  DescribeAccountAttributesCommand,
  DescribePhoneNumbersCommand,
  DescribeSenderIdsCommand,
  DescribeSpendLimitsCommand,
  PinpointSMSVoiceV2Client,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { GetParameterCommand, ParameterNotFound, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatFindings, preflight, regionsOfLintConfig, stackNeedsOf } from '../../admin/preflight';

const ssm = mockClient(SSMClient);
const lambda = mockClient(LambdaClient);
const sms = mockClient(PinpointSMSVoiceV2Client);
const clients = {
  ssm: new SSMClient({ region: 'eu-west-1' }),
  lambda: new LambdaClient({ region: 'eu-west-1' }),
  sms: new PinpointSMSVoiceV2Client({ region: 'eu-west-1' }),
};
const needs = { bootstrapVersion: 6, concurrency: 73, regions: ['eu-west-1', 'af-south-1'] };
const target = { account: '111122223333', region: 'eu-west-1' };

function freshAccount() {
  ssm.on(GetParameterCommand).rejects(new ParameterNotFound({ message: 'not found', $metadata: {} }));
  lambda.on(GetAccountSettingsCommand).resolves({ AccountLimit: { ConcurrentExecutions: 10 } });
  sms
    .on(DescribeAccountAttributesCommand)
    .resolves({ AccountAttributes: [{ Name: 'ACCOUNT_TIER', Value: 'SANDBOXED' }] })
    .on(DescribeSpendLimitsCommand)
    .resolves({
      SpendLimits: [
        { Name: 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT', EnforcedLimit: 1, MaxLimit: 1, Overridden: false },
      ],
    })
    .on(DescribeSenderIdsCommand)
    .resolves({ SenderIds: [] })
    .on(DescribePhoneNumbersCommand)
    .resolves({ PhoneNumbers: [] });
}

beforeEach(() => {
  ssm.reset();
  lambda.reset();
  sms.reset();
});

const bySeverity = (findings: { check: string; severity: string }[]) =>
  Object.fromEntries(findings.map((finding) => [finding.check, finding.severity]));

describe('preflight', () => {
  it('finds on a fresh account what stops a deploy, and what keeps it from sending, each with its fix', async () => {
    freshAccount();
    const findings = await preflight(clients, target, needs);
    expect(bySeverity(findings)).toEqual({
      region: 'ok',
      'CDK bootstrap': 'missing',
      'Lambda concurrency': 'warning',
      'SMS sandbox': 'warning',
      'SMS spend limit': 'warning',
      'sender IDs': 'warning',
      'two-way number': 'warning',
    });
    expect(findings.find((finding) => finding.check === 'CDK bootstrap')?.fix).toBe(
      'npx cdk bootstrap aws://111122223333/eu-west-1',
    );
    expect(findings.find((finding) => finding.check === 'Lambda concurrency')?.fix).toContain(
      '--quota-code L-B99A9384 --desired-value 1000',
    );
    // Only reads, and exactly these.
    expect(ssm.commandCalls(GetParameterCommand).map((call) => call.args[0].input)).toEqual([
      { Name: '/cdk-bootstrap/hnb659fds/version' },
    ]);
    expect(lambda.calls()).toHaveLength(1);
    expect(sms.calls().map((call) => call.args[0].constructor.name)).toEqual([
      'DescribeAccountAttributesCommand',
      'DescribeSpendLimitsCommand',
      'DescribeSenderIdsCommand',
      'DescribePhoneNumbersCommand',
    ]);
    const printed = formatFindings(findings);
    expect(printed).toContain('MISSING CDK bootstrap: this account and region were never bootstrapped');
    expect(printed).toContain('→ npx cdk bootstrap aws://111122223333/eu-west-1');
  });

  it('passes an account ready to deploy and send', async () => {
    ssm.on(GetParameterCommand).resolves({ Parameter: { Value: '21' } });
    lambda.on(GetAccountSettingsCommand).resolves({ AccountLimit: { ConcurrentExecutions: 1000 } });
    sms
      .on(DescribeAccountAttributesCommand)
      .resolves({ AccountAttributes: [{ Name: 'ACCOUNT_TIER', Value: 'PRODUCTION' }] })
      .on(DescribeSpendLimitsCommand)
      .resolves({
        SpendLimits: [
          { Name: 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT', EnforcedLimit: 500, MaxLimit: 500, Overridden: true },
        ],
      })
      .on(DescribeSenderIdsCommand)
      .resolves({
        SenderIds: [
          {
            SenderId: 'MaBoutique',
            IsoCountryCode: 'CI',
            SenderIdArn: 'arn:x',
            MessageTypes: ['TRANSACTIONAL'],
            MonthlyLeasingPrice: '0',
            DeletionProtectionEnabled: false,
            Registered: true,
          },
        ],
      })
      .on(DescribePhoneNumbersCommand)
      .resolves({
        PhoneNumbers: [{ PhoneNumber: '+2250700000000', TwoWayEnabled: true } as never],
      });
    const findings = await preflight(clients, target, needs);
    expect(findings.filter((finding) => finding.severity !== 'ok')).toEqual([]);
    expect(findings.find((finding) => finding.check === 'sender IDs')?.detail).toBe('MaBoutique (CI)');
  });

  it('asks for a newer bootstrap, and warns of a region the template is not linted for', async () => {
    freshAccount();
    ssm.on(GetParameterCommand).resolves({ Parameter: { Value: '5' } });
    const findings = await preflight(clients, { region: 'us-west-2' }, needs);
    expect(findings.find((finding) => finding.check === 'CDK bootstrap')).toMatchObject({
      severity: 'missing',
      detail: 'bootstrap version 5, the template asks for 6 or later',
      fix: 'npx cdk bootstrap aws://<account>/us-west-2',
    });
    expect(findings.find((finding) => finding.check === 'region')?.severity).toBe('warning');
  });

  it('reads what the template asks: the bootstrap its rule checks, and concurrency', () => {
    const template = {
      Resources: {
        Send: { Type: 'AWS::Lambda::Function' },
        Api: { Type: 'AWS::Lambda::Function' },
        Recover: { Type: 'AWS::Lambda::Function' },
        SendMapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: { ScalingConfig: { MaximumConcurrency: 5 } },
        },
      },
      Rules: {
        CheckBootstrapVersion: {
          Assertions: [
            {
              Assert: {
                'Fn::Not': [{ 'Fn::Contains': [['1', '2', '3', '4', '5'], { Ref: 'BootstrapVersion' }] }],
              },
            },
          ],
        },
      },
    };
    expect(stackNeedsOf(template, ['eu-west-1'])).toEqual({
      bootstrapVersion: 6,
      concurrency: 7,
      regions: ['eu-west-1'],
    });
    const config = readFileSync(join(import.meta.dirname, '..', '..', '.cfnlintrc.yaml'), 'utf8');
    expect(regionsOfLintConfig(config)).toEqual(['eu-west-1', 'eu-west-3', 'eu-central-1', 'af-south-1']);
  });
});
