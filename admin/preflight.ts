/**
 * `npm run preflight -- --region R`: read-only checks of an AWS account before a first `cdk deploy`
 * (docs/deploy.md, the fresh-account checklist): what is missing, and the command or console page that
 * fixes it. Nothing here writes anything.
 */
import { GetAccountSettingsCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import {
  DescribeAccountAttributesCommand,
  DescribePhoneNumbersCommand,
  DescribeSenderIdsCommand,
  DescribeSpendLimitsCommand,
  type PinpointSMSVoiceV2Client,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { GetParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';

/** `missing`: the deploy would fail; `warning`: it deploys, but sends little or nothing until fixed. */
export type Severity = 'ok' | 'warning' | 'missing';

export interface Finding {
  check: string;
  severity: Severity;
  detail: string;
  /** The command or console page that fixes it. */
  fix?: string;
}

export interface PreflightClients {
  ssm: Pick<SSMClient, 'send'>;
  lambda: Pick<LambdaClient, 'send'>;
  sms: Pick<PinpointSMSVoiceV2Client, 'send'>;
}

export interface StackNeeds {
  /** The bootstrap version the template asks for. */
  bootstrapVersion: number;
  /** Concurrent executions the stack may ask for: its queue consumers' caps, and one for each other function. */
  concurrency: number;
  /** The regions the template is linted for (`.cfnlintrc.yaml`). */
  regions: readonly string[];
}

/** CDK's default bootstrap qualifier: where `cdk bootstrap` writes its version. */
const BOOTSTRAP_VERSION_PARAMETER = '/cdk-bootstrap/hnb659fds/version';
/** A sandboxed account's monthly SMS spend, in US dollars. */
const SANDBOX_SPEND = 1;

export async function preflight(
  clients: PreflightClients,
  target: { account?: string; region: string },
  needs: StackNeeds,
): Promise<Finding[]> {
  return [
    regionFinding(target.region, needs),
    await bootstrapFinding(clients, target, needs),
    await concurrencyFinding(clients, target, needs),
    ...(await smsFindings(clients, target)),
  ];
}

function regionFinding(region: string, needs: StackNeeds): Finding {
  const check = 'region';
  if (needs.regions.includes(region))
    return { check, severity: 'ok', detail: `${region}: the template is linted for it` };
  return {
    check,
    severity: 'warning',
    detail: `${region} is not one the template is linted for (${needs.regions.join(', ')})`,
    fix: `add it to .cfnlintrc.yaml and run cfn-lint on cdk.out/SmsPlatform.template.json, or deploy to one of those`,
  };
}

async function bootstrapFinding(
  { ssm }: PreflightClients,
  target: { account?: string; region: string },
  needs: StackNeeds,
): Promise<Finding> {
  const check = 'CDK bootstrap';
  const fix = `npx cdk bootstrap aws://${target.account ?? '<account>'}/${target.region}`;
  let version: number;
  try {
    const answer = await ssm.send(new GetParameterCommand({ Name: BOOTSTRAP_VERSION_PARAMETER }));
    version = Number(answer.Parameter?.Value);
  } catch (error) {
    if ((error as { name?: string }).name !== 'ParameterNotFound') throw error;
    return { check, severity: 'missing', detail: 'this account and region were never bootstrapped', fix };
  }
  if (!(version >= needs.bootstrapVersion)) {
    return {
      check,
      severity: 'missing',
      detail: `bootstrap version ${version}, the template asks for ${needs.bootstrapVersion} or later`,
      fix,
    };
  }
  return { check, severity: 'ok', detail: `bootstrap version ${version}` };
}

async function concurrencyFinding(
  { lambda }: PreflightClients,
  target: { region: string },
  needs: StackNeeds,
): Promise<Finding> {
  const check = 'Lambda concurrency';
  const settings = await lambda.send(new GetAccountSettingsCommand({}));
  const quota = settings.AccountLimit?.ConcurrentExecutions ?? 0;
  if (quota >= needs.concurrency) {
    return {
      check,
      severity: 'ok',
      detail: `${quota} concurrent executions, the stack may ask for ${needs.concurrency}`,
    };
  }
  return {
    check,
    severity: 'warning',
    detail: `${quota} concurrent executions, the stack may ask for ${needs.concurrency}: throttled batches wait in their queues (up to two hours before a dead-letter queue)`,
    fix: `aws service-quotas request-service-quota-increase --region ${target.region} --service-code lambda --quota-code L-B99A9384 --desired-value 1000`,
  };
}

async function smsFindings({ sms }: PreflightClients, target: { region: string }): Promise<Finding[]> {
  const smsConsole = `https://console.aws.amazon.com/sms-voice/home?region=${target.region}`;
  const attributes = await sms.send(new DescribeAccountAttributesCommand({}));
  const tier = attributes.AccountAttributes?.find((attribute) => attribute.Name === 'ACCOUNT_TIER')?.Value;
  const limits = await sms.send(new DescribeSpendLimitsCommand({}));
  const textLimit = limits.SpendLimits?.find((limit) => limit.Name === 'TEXT_MESSAGE_MONTHLY_SPEND_LIMIT');
  const senders = await sms.send(new DescribeSenderIdsCommand({}));
  const numbers = await sms.send(new DescribePhoneNumbersCommand({}));
  const twoWay = (numbers.PhoneNumbers ?? []).filter((number) => number.TwoWayEnabled);
  const caseUrl =
    'https://support.console.aws.amazon.com/support/home#/case/create?issueType=service-limit-increase';
  const spend = textLimit?.MaxLimit ?? 0;
  return [
    tier === 'PRODUCTION'
      ? { check: 'SMS sandbox', severity: 'ok', detail: 'production access' }
      : {
          check: 'SMS sandbox',
          severity: 'warning',
          detail: `the account is ${tier ?? 'of an unknown tier'}: SMS reach only its verified numbers (10 at most)`,
          fix: `a support case (Service Quotas → AWS End User Messaging SMS) for production access in ${target.region}: ${caseUrl}`,
        },
    spend > SANDBOX_SPEND
      ? {
          check: 'SMS spend limit',
          severity: 'ok',
          detail: `${spend} USD a month (enforced: ${textLimit?.EnforcedLimit ?? spend})`,
        }
      : {
          check: 'SMS spend limit',
          severity: 'warning',
          detail: `${spend} USD a month: a few dozen messages`,
          fix: `the same support case: ask for a monthly SMS spend limit that fits your traffic (${caseUrl})`,
        },
    (senders.SenderIds ?? []).length > 0
      ? {
          check: 'sender IDs',
          severity: 'ok',
          detail: (senders.SenderIds ?? [])
            .map((sender) => `${sender.SenderId} (${sender.IsoCountryCode})`)
            .join(', '),
        }
      : {
          check: 'sender IDs',
          severity: 'warning',
          detail: 'none registered: countries that require registration will refuse or rewrite the sender',
          fix: `register each country's sender IDs: ${smsConsole}#/sender-ids`,
        },
    twoWay.length > 0
      ? {
          check: 'two-way number',
          severity: 'ok',
          detail: `${twoWay.map((number) => number.PhoneNumber).join(', ')}: give -c twoWayPhoneNumberArn=… -c stopNumber=…`,
        }
      : {
          check: 'two-way number',
          severity: 'warning',
          detail: 'none: STOP replies will not reach the platform (opt-outs through opt-out/add only)',
          fix: `request a two-way number where your countries allow one: ${smsConsole}#/phone-numbers`,
        },
  ];
}

/** The findings as an operator reads them: one line each, and the fix under what needs one. */
export function formatFindings(findings: readonly Finding[]): string {
  const mark = { ok: 'ok     ', warning: 'WARNING', missing: 'MISSING' } as const;
  return findings
    .map((finding) =>
      [
        `${mark[finding.severity]} ${finding.check}: ${finding.detail}`,
        ...(finding.fix ? [`        → ${finding.fix}`] : []),
      ].join('\n'),
    )
    .join('\n');
}

interface TemplateResource {
  Type: string;
  Properties?: { ScalingConfig?: { MaximumConcurrency?: number } };
}

/**
 * What a synthesized template asks of the account: the bootstrap version its rule checks, and the
 * concurrency its functions may take at once (each queue consumer's cap, one for every other function).
 */
export function stackNeedsOf(
  template: { Resources: Record<string, TemplateResource>; Rules?: Record<string, unknown> },
  regions: readonly string[],
): StackNeeds {
  const resources = Object.values(template.Resources);
  const mappings = resources.filter((resource) => resource.Type === 'AWS::Lambda::EventSourceMapping');
  const functions = resources.filter((resource) => resource.Type === 'AWS::Lambda::Function').length;
  const consumers = mappings.reduce(
    (sum, mapping) => sum + (mapping.Properties?.ScalingConfig?.MaximumConcurrency ?? 1),
    0,
  );
  // CDK's rule refuses the versions it lists ("1" … "5"): the one after the last is the least it takes.
  const refused = JSON.stringify(template.Rules?.CheckBootstrapVersion ?? {}).match(/"(\d+)"/g) ?? [];
  const bootstrapVersion = Math.max(0, ...refused.map((version) => Number(version.replaceAll('"', '')))) + 1;
  return { bootstrapVersion, concurrency: consumers + functions - mappings.length, regions };
}

/** The regions `.cfnlintrc.yaml` lists. */
export const regionsOfLintConfig = (yaml: string): string[] =>
  [...(/^regions:\n((?:\s+- .+\n?)+)/m.exec(yaml)?.[1] ?? '').matchAll(/- ([a-z0-9-]+)/g)].map(
    (match) => match[1] as string,
  );
