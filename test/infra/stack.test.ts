import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_ROUTES,
  API_ROUTES,
  type ApiRoute,
  EXPORTS_ROUTES,
  SEGMENTS_ROUTE,
} from '../../functions/api/routes';

/** The customers' routes that have a function of their own, the segments' one function and the exports'. */
const FUNCTION_ROUTES: readonly ApiRoute[] = [
  ...API_ROUTES.filter((route: ApiRoute) => route.family === undefined),
  SEGMENTS_ROUTE,
  ...EXPORTS_ROUTES.slice(0, 1),
];

import { buildApp } from '../../infra/app';
import { GLOBAL_INDEXES } from '../../shared/db/table';

let template: Template;

beforeAll(() => {
  // Bundling is skipped here (`npx cdk synth` in CI does it); the handler modules are checked in test/unit.
  const { stack } = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));
  template = Template.fromStack(stack);
});

interface Statement {
  Action: string | string[];
  Resource: unknown;
}
interface Resource {
  Properties: Record<string, unknown> & { PolicyDocument: { Statement: Statement[] } };
}

const resourcesOf = (type: string) => Object.values(template.findResources(type)) as Resource[];

describe('the CDK stack', () => {
  it('routes every API route and the open ones, plus a fallback for everything else', () => {
    const routeKeys = resourcesOf('AWS::ApiGatewayV2::Route').map((route) => route.Properties.RouteKey);
    expect(routeKeys.sort()).toEqual(
      ['$default', ...ALL_ROUTES.map((route) => `${route.method} ${route.path}`)].sort(),
    );
    expect(routeKeys).toContain('GET /v1/openapi.json');
    expect(routeKeys).toEqual(expect.arrayContaining(['GET /', 'GET /console/{asset}']));
  });

  it('names the API and the console in its outputs', () => {
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['ApiUrl', 'ConsoleUrl']));
    expect(JSON.stringify(outputs.ConsoleUrl?.Value)).toMatch(/ApiEndpoint.*"\/"/);
  });

  it('has one table with the shared keys, its indexes, point-in-time recovery and deletion protection', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) =>
        Match.objectLike({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partition, KeyType: 'HASH' },
            { AttributeName: index.sort, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: index.projection },
        }),
      ),
    });
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'RetainExceptOnCreate',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('can drop deletion protection for a throwaway stack', () => {
    const { stack } = buildApp(
      new App({ context: { 'aws:cdk:bundling-stacks': [], deletionProtection: 'false' } }),
    );
    Template.fromStack(stack).hasResourceProperties('AWS::DynamoDB::Table', {
      DeletionProtectionEnabled: false,
    });
  });

  it('runs every function on the house defaults', () => {
    const functions = resourcesOf('AWS::Lambda::Function');
    // One per route (open ones too) but the console's three, which share one; the fallback, dispatch,
    // send, the recovery, the reports, the replies and the webhooks.
    const consoleRoutes = ALL_ROUTES.filter((route) => 'console' in route && route.console).length;
    expect(consoleRoutes).toBe(3);
    // The imports' two routes are served by the exports' function, which they came after.
    const importRoutes = ALL_ROUTES.filter((route) => /^Exports\w*Import/.test(route.id)).length;
    expect(importRoutes).toBe(2);
    expect(functions).toHaveLength(ALL_ROUTES.length - consoleRoutes - importRoutes + 1 + 7);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      expect(fn.Properties).toMatchObject({ LoggingConfig: { LogGroup: expect.anything() } });
    }
  });

  it('logs access and throttles the stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('\\$context.requestId'),
      },
    });
  });

  it('grants no wildcard action, wildcards only where acknowledged, and no managed policy', () => {
    // Schedules inside this stack's group (named per campaign), and the account's SMS origination identities.
    // And the files of exports and imports, named by their export or import.
    const acknowledged = [
      /:schedule\/.*\/\*"/,
      /:sms-voice:.*:(sender-id|phone-number)\/\*"/,
      /"ExportsBucket\w+","Arn"\]\},"\/(exports|imports)\/\*"/,
    ];
    for (const policy of resourcesOf('AWS::IAM::Policy')) {
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        for (const action of [statement.Action].flat()) expect(action).not.toMatch(/\*/);
        for (const resource of [statement.Resource].flat()) {
          const text = JSON.stringify(resource);
          if (text.includes('*'))
            expect(
              acknowledged.some((pattern) => pattern.test(text)),
              text,
            ).toBe(true);
        }
      }
    }
    for (const role of resourcesOf('AWS::IAM::Role'))
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('lets read-only routes only read, but for counting requests in the per-key partitions', () => {
    const readOnly = FUNCTION_ROUTES.filter((route) => route.readOnly).map((route) => route.id);
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([logicalId]) =>
      readOnly.some((id) => logicalId.startsWith(`Api${id}Role`)),
    );
    expect(policies).toHaveLength(readOnly.length);
    for (const [, policy] of policies) {
      const statements = (policy as Resource).Properties.PolicyDocument.Statement;
      const writes = statements.filter((s) =>
        [s.Action].flat().some((action) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(String(action))),
      );
      expect(writes).toEqual([
        expect.objectContaining({
          Action: 'dynamodb:UpdateItem',
          Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ACCOUNT#*#APIKEY#*'] } },
        }),
      ]);
    }
  });

  it("gives the routes that may save thousands of contacts up to API Gateway's 30 s, the others 10 s", () => {
    const timeouts = Object.fromEntries(
      Object.entries(template.findResources('AWS::Lambda::Function')).flatMap(([logicalId, fn]) => {
        const route = FUNCTION_ROUTES.find((candidate) =>
          new RegExp(`^Api${candidate.id}[0-9A-F]{8}$`).test(logicalId),
        );
        return route ? [[route.id, (fn as { Properties: { Timeout: number } }).Properties.Timeout]] : [];
      }),
    );
    expect(Object.keys(timeouts)).toHaveLength(FUNCTION_ROUTES.length);
    expect(timeouts.CampaignCreate).toBe(29);
    expect(timeouts.GroupAdd).toBe(29);
    expect(timeouts.CampaignList).toBe(10);
    expect(timeouts.ContactCreate).toBe(10);
  });

  it('tells every API function the allowance of a key per second', () => {
    const functions = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) =>
      FUNCTION_ROUTES.some((route) => id.startsWith(`Api${route.id}`)),
    );
    expect(functions.length).toBe(FUNCTION_ROUTES.length);
    for (const [, fn] of functions) {
      const environment = (fn as { Properties: { Environment: { Variables: Record<string, string> } } })
        .Properties.Environment.Variables;
      expect(environment.REQUESTS_PER_SECOND_PER_KEY).toBe('20');
    }
  });
});

describe('scheduling and sending', () => {
  const policyOf = (prefix: string) =>
    JSON.stringify(
      Object.entries(template.findResources('AWS::IAM::Policy')).find(([id]) => id.startsWith(prefix))?.[1],
    );

  it('has a schedule group, and a scheduler role that may only invoke the dispatch function', () => {
    template.resourceCountIs('AWS::Scheduler::ScheduleGroup', 1);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })],
      },
    });
    const schedulerPolicy = Object.values(template.findResources('AWS::IAM::Policy')).find((policy) =>
      JSON.stringify(policy.Properties.Roles).includes('SendingSchedulerRole'),
    ) as Resource;
    const statements = schedulerPolicy.Properties.PolicyDocument.Statement;
    const invoke = statements.filter((statement) =>
      [statement.Action].flat().includes('lambda:InvokeFunction'),
    );
    expect(invoke).toHaveLength(1);
    expect(JSON.stringify(invoke[0]?.Resource)).toMatch(
      /SendingDispatch[0-9A-F]+", "Arn"|SendingDispatch[0-9A-F]+","Arn"/,
    );
  });

  it('lets the dispatch function create (never delete) schedules in the group, to release what quiet hours hold back', () => {
    const dispatch = policyOf('SendingDispatchRole');
    expect(dispatch).toContain('scheduler:CreateSchedule');
    expect(dispatch).not.toContain('scheduler:DeleteSchedule');
    expect(dispatch).toContain('iam:PassRole');
  });

  it('lets the campaign routes schedule in the group only, and pass the scheduler role only', () => {
    const create = policyOf('ApiCampaignCreateRole');
    expect(create).toContain('scheduler:CreateSchedule');
    expect(create).toContain('scheduler:DeleteSchedule');
    expect(create).toMatch(/:schedule\/.*\/\*/);
    expect(create).toContain('iam:PassRole');
    expect(create).toMatch(
      /"iam:PassRole","Effect":"Allow","Resource":\{"Fn::GetAtt":\["SendingSchedulerRole[0-9A-F]+","Arn"\]\}/,
    );
    expect(policyOf('ApiCampaignListRole')).not.toContain('scheduler:');
  });

  it('keeps the scheduled dispatches that fail all their retries in the dispatch dead-letter queue', () => {
    const dispatch = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) =>
      /^SendingDispatch[0-9A-F]+$/.test(id),
    )?.[1] as Resource;
    expect(JSON.stringify(dispatch.Properties.DeadLetterConfig)).toMatch(
      /SendingDispatchDeadLetters[0-9A-F]+/,
    );
    expect(policyOf('SendingDispatchRole')).toMatch(/"sqs:SendMessage".*SendingDispatchDeadLetters/);
  });

  it('runs the recovery every minute, with a role that may invoke it and nothing else', () => {
    const schedules = resourcesOf('AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(1);
    expect(schedules[0]?.Properties).toMatchObject({
      ScheduleExpression: 'rate(1 minute)',
      Target: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^SendingRecover[0-9A-F]+$/), 'Arn'] } },
    });
    const invoker = JSON.parse(policyOf('SendingRecoverSchedulerRole')) as Resource;
    expect(invoker.Properties.PolicyDocument.Statement).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^SendingRecover[0-9A-F]+$/), 'Arn'] },
      },
    ]);
    const recover = policyOf('SendingRecoverRole');
    // gsi2: campaigns awaiting dispatch; gsi3: events left in the outbox.
    expect(recover).toContain('/index/gsi2');
    expect(recover).toContain('/index/gsi3');
    expect(recover).not.toMatch(/index\/gsi[145]/);
    expect(recover).toMatch(/"sqs:SendMessage".*WebhooksQueue/);
    expect(recover).toMatch(/"sqs:SendMessage".*SendingDispatchQueue/);
  });

  it('feeds dispatch, send, the reports, the replies, the webhooks and the exports from queues with partial batch responses and a cap on concurrency', () => {
    const mappings = resourcesOf('AWS::Lambda::EventSourceMapping').map((mapping) => mapping.Properties);
    expect(mappings).toHaveLength(6);
    for (const mapping of mappings)
      expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mappings.filter((mapping) => mapping.ScalingConfig)).toEqual([
      // Webhook deliveries: ten at a time, five functions at most.
      expect.objectContaining({ BatchSize: 10, ScalingConfig: { MaximumConcurrency: 5 } }),
      // Reports 384 at a time: their changes 96 to a transaction, with campaign, occurrence, usage and events.
      expect.objectContaining({
        BatchSize: 384,
        MaximumBatchingWindowInSeconds: 5,
        ScalingConfig: { MaximumConcurrency: 2 },
      }),
      // Dispatch: two at a time, so a burst of campaigns due at 08:00 waits rather than takes the quota.
      expect.objectContaining({ BatchSize: 5, ScalingConfig: { MaximumConcurrency: 2 } }),
      expect.objectContaining({ BatchSize: 4, ScalingConfig: { MaximumConcurrency: 5 } }),
      // Exports one at a time: each streams a whole file.
      expect.objectContaining({ BatchSize: 1, ScalingConfig: { MaximumConcurrency: 2 } }),
      expect.objectContaining({ BatchSize: 10, ScalingConfig: { MaximumConcurrency: 2 } }),
    ]);
  });

  it('paces the send function in message parts per second, from configuration', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          SEND_PARTS_PER_SECOND: '20',
          SMS_MESSAGE_TYPE: 'TRANSACTIONAL',
          SEND_MESSAGES_IN_FLIGHT: '16',
        }),
      },
    });
  });

  it('lets the send function queue again the part of a chunk its time did not allow, on the send queue only', () => {
    expect(policyOf('SendingSendRole')).toMatch(
      /"sqs:SendMessage".*"Resource":\{"Fn::GetAtt":\["SendingSendQueue[0-9A-F]+","Arn"\]\}/,
    );
    expect(policyOf('SendingSendRole')).not.toContain('SendingDispatchQueue');
  });

  it('keeps a message through two hours of throttling before its dead-letter queue takes it', () => {
    const redrives = resourcesOf('AWS::SQS::Queue')
      .map(
        (queue) =>
          queue.Properties as { RedrivePolicy?: { maxReceiveCount: number }; VisibilityTimeout?: number },
      )
      .filter((queue) => queue.RedrivePolicy);
    expect(redrives).toHaveLength(6);
    for (const queue of redrives) {
      expect(queue.RedrivePolicy?.maxReceiveCount).toBeGreaterThanOrEqual(20);
      expect(
        (queue.RedrivePolicy?.maxReceiveCount ?? 0) * (queue.VisibilityTimeout ?? 30),
      ).toBeGreaterThanOrEqual(2 * 3600);
    }
  });

  it('encrypts every queue, refuses it without TLS, and alarms on every dead-letter queue', () => {
    const queues = resourcesOf('AWS::SQS::Queue');
    expect(queues).toHaveLength(13);
    for (const queue of queues) expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    const policies = resourcesOf('AWS::SQS::QueuePolicy');
    expect(policies).toHaveLength(13);
    for (const policy of policies) {
      expect(JSON.stringify(policy.Properties)).toContain('"aws:SecureTransport":"false"');
    }
    template.resourceCountIs('AWS::CloudWatch::Alarm', 7);
  });

  it('keeps exports in a bucket that is encrypted, never public, refuses plain HTTP and forgets files after 7 days', () => {
    template.resourceCountIs('AWS::S3::Bucket', 1);
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            ExpirationInDays: 7,
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            Status: 'Enabled',
          }),
        ],
      },
    });
    const [policy] = resourcesOf('AWS::S3::BucketPolicy');
    expect(JSON.stringify(policy?.Properties)).toContain('"aws:SecureTransport":"false"');
    // The export function writes files, the exports' API function signs links to them: no one else.
    const touching = Object.entries(template.findResources('AWS::IAM::Policy'))
      .filter(([, resource]) => JSON.stringify(resource).includes('ExportsBucket'))
      .map(([id]) => id.replace(/RoleDefaultPolicy\w+$/, ''));
    expect(touching.sort()).toEqual(['ApiExports', 'ExportsWrite']);
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy', {}))).not.toMatch(/"s3:(Delete|List)/);
  });

  it("sends every SMS with the configuration set whose events come back as the reports queue's messages", () => {
    template.hasResourceProperties('AWS::SMSVOICE::ConfigurationSet', {
      ConfigurationSetName: 'SmsPlatform-messages',
      EventDestinations: [
        Match.objectLike({
          Enabled: true,
          MatchingEventTypes: ['TEXT_ALL'],
          SnsDestination: Match.anyValue(),
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SMS_CONFIGURATION_SET: 'SmsPlatform-messages' }) },
    });
    expect(policyOf('SendingSendRole')).toContain(':configuration-set/SmsPlatform-messages');
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'sqs', RawMessageDelivery: true });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('takes replies from a topic End User Messaging alone may publish to, named in the outputs', () => {
    template.hasOutput('InboundTopicArn', { Value: { Ref: Match.stringLikeRegexp('^RepliesTopic') } });
    const policies = Object.entries(template.findResources('AWS::SNS::TopicPolicy'));
    const replies = policies.find(([id]) => id.startsWith('RepliesTopic'))?.[1];
    expect(JSON.stringify(replies)).toContain('"Service":"sms-voice.amazonaws.com"');
    expect(policyOf('RepliesInboundRole')).toContain('/index/gsi3');
  });

  it("confirms replies from the two-way number named at synth, or from any of the account's numbers, or not at all", () => {
    const inboundOf = (context: Record<string, string>) => {
      const { stack } = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } }));
      const synthesized = Template.fromStack(stack);
      const [, fn] =
        Object.entries(synthesized.findResources('AWS::Lambda::Function')).find(([id]) =>
          id.startsWith('RepliesInbound'),
        ) ?? [];
      const [, policy] =
        Object.entries(synthesized.findResources('AWS::IAM::Policy')).find(([id]) =>
          id.startsWith('RepliesInboundRole'),
        ) ?? [];
      return { environment: fn?.Properties.Environment.Variables, policy: JSON.stringify(policy) };
    };
    const number = 'arn:aws:sms-voice:eu-west-1:123456789012:phone-number/phone-abc';
    const named = inboundOf({ twoWayPhoneNumberArn: number });
    expect(named.environment).toMatchObject({ REPLY_CONFIRMATIONS: 'on', SMS_MESSAGE_TYPE: 'TRANSACTIONAL' });
    expect(named.policy).toContain(
      `"Action":"sms-voice:SendTextMessage","Effect":"Allow","Resource":"${number}"`,
    );
    expect(inboundOf({}).policy).toContain(':phone-number/*');
    const off = inboundOf({ replyConfirmations: 'off' });
    expect(off.environment).toMatchObject({ REPLY_CONFIRMATIONS: 'off' });
    expect(off.environment.SMS_CONFIGURATION_SET).toBeUndefined();
    expect(off.policy).not.toContain('sms-voice:SendTextMessage');
  });
});

describe('index grants', () => {
  it('let each route query only the indexes it reads', () => {
    const policies = template.findResources('AWS::IAM::Policy');
    const indexesOf = (routeId: string) => {
      const [, policy] =
        Object.entries(policies).find(([logicalId]) => logicalId.startsWith(`Api${routeId}Role`)) ?? [];
      const text = JSON.stringify(policy);
      return ['gsi1', 'gsi2', 'gsi3', 'gsi4', 'gsi5'].filter((index) => text.includes(`/index/${index}`));
    };
    expect(indexesOf('CampaignList')).toEqual(['gsi1', 'gsi3', 'gsi4']);
    expect(indexesOf('SenderCampaigns')).toEqual(['gsi1', 'gsi5']);
    expect(indexesOf('ContactList')).toEqual(['gsi1', 'gsi3', 'gsi4', 'gsi5']);
    // A saved contact given again with other values: its group copies are found on gsi5.
    expect(indexesOf('CampaignCreate')).toEqual(['gsi1', 'gsi5']);
    expect(indexesOf('CampaignEstimate')).toEqual(['gsi1']);
  });
});

describe('cdk-nag (AwsSolutions)', () => {
  it('finds nothing left unacknowledged', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    buildApp(app);
    expect(() => app.synth()).not.toThrow();
  });
});

describe('short links', () => {
  const shortLinkBases = (built: Template) =>
    new Set(
      Object.values(built.findResources('AWS::Lambda::Function'))
        .map((fn) => JSON.stringify(fn.Properties?.Environment?.Variables?.SHORT_LINK_BASE ?? null))
        .filter((base) => base !== 'null'),
    );

  it('live on the API’s own address by default, under /l', () => {
    const bases = shortLinkBases(template);
    expect(bases.size).toBe(1);
    expect([...bases][0]).toMatch(/ApiEndpoint.*"\/l"/);
    template.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
  });

  it('live on a custom domain given with its certificate: the domain, its mapping, its root route and its target', () => {
    const app = new App({
      context: {
        'aws:cdk:bundling-stacks': [],
        shortLinkDomain: 'go.exemple.ci',
        shortLinkCertificateArn: 'arn:aws:acm:eu-west-3:111122223333:certificate/0f0e0d0c',
      },
    });
    const withDomain = Template.fromStack(buildApp(app).stack);
    withDomain.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'go.exemple.ci',
      DomainNameConfigurations: [
        Match.objectLike({ CertificateArn: 'arn:aws:acm:eu-west-3:111122223333:certificate/0f0e0d0c' }),
      ],
    });
    withDomain.resourceCountIs('AWS::ApiGatewayV2::ApiMapping', 1);
    expect([...shortLinkBases(withDomain)]).toEqual(['"https://go.exemple.ci"']);
    // `/{code}` on the domain and `/l/{code}` on the API reach the same function.
    const routes = Object.values(withDomain.findResources('AWS::ApiGatewayV2::Route'));
    const targetOf = (key: string) =>
      JSON.stringify(routes.find((route) => route.Properties.RouteKey === key)?.Properties.Target);
    const integrations = withDomain.findResources('AWS::ApiGatewayV2::Integration');
    const functionOf = (key: string) => {
      const integration = /"Ref":"(\w+)"/.exec(targetOf(key))?.[1] ?? '';
      return JSON.stringify(integrations[integration]?.Properties.IntegrationUri);
    };
    expect(functionOf('ANY /{code}')).toMatch(/ApiShortLink/);
    expect(functionOf('ANY /{code}')).toBe(functionOf('ANY /l/{code}'));
    expect(Object.keys(withDomain.findOutputs('*'))).toContain('ShortLinkDomainTarget');
  });

  it('refuse a domain without its certificate, and a certificate without its domain', () => {
    for (const context of [
      { shortLinkDomain: 'go.exemple.ci' },
      { shortLinkCertificateArn: 'arn:aws:acm:x' },
    ]) {
      expect(() => buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } }))).toThrow(
        /shortLinkDomain=… and -c shortLinkCertificateArn=…/,
      );
    }
  });
});

describe('a first deploy that fails can simply run again', () => {
  const resources = () =>
    Object.entries(template.toJSON().Resources as Record<string, Record<string, unknown>>) as [
      string,
      { Type: string; DeletionPolicy?: string; Properties?: Record<string, unknown> },
    ][];

  it('keeps nothing a rolled-back create would leave behind: what outlives the stack is kept except on create', () => {
    const kept = resources()
      .filter(([, resource]) => resource.DeletionPolicy && resource.DeletionPolicy !== 'Delete')
      .map(([, resource]) => [resource.Type, resource.DeletionPolicy]);
    expect(kept.sort()).toEqual(
      [
        ['AWS::Cognito::UserPool', 'RetainExceptOnCreate'],
        ['AWS::DynamoDB::Table', 'RetainExceptOnCreate'],
        ['AWS::S3::Bucket', 'RetainExceptOnCreate'],
      ].sort(),
    );
  });

  it('deletes every resource with a fixed name, so the next deploy does not meet its name', () => {
    const named = resources().filter(([, resource]) =>
      ['Name', 'FunctionName', 'ConfigurationSetName'].some(
        (property) =>
          typeof resource.Properties?.[property] === 'string' &&
          !['AWS::ApiGatewayV2::Api', 'AWS::CloudWatch::Alarm'].includes(resource.Type),
      ),
    );
    expect(named.map(([, resource]) => resource.Type).sort()).toEqual([
      'AWS::Lambda::Function',
      'AWS::SMSVOICE::ConfigurationSet',
      'AWS::Scheduler::ScheduleGroup',
    ]);
    for (const [id, resource] of named) expect([undefined, 'Delete'], id).toContain(resource.DeletionPolicy);
  });

  it('refuses at synth a stack name whose resources’ names would pass 64 characters', () => {
    const withName = (stackName: string) => () =>
      buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [], stackName } }));
    expect(withName('S'.repeat(55))).toThrow(/at most 54 characters/);
    expect(withName('S'.repeat(54))).not.toThrow();
  });
});

describe('alarms', () => {
  it('tell the operators’ topic when they go off and when they clear, the topic encrypted and for CloudWatch', () => {
    const alarms = resourcesOf('AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThanOrEqual(7);
    const topics = template.findResources('AWS::SNS::Topic');
    const [alertsTopic] = Object.keys(topics).filter((id) => id.startsWith('AlertsTopic'));
    expect(alertsTopic).toBeDefined();
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: alertsTopic }]);
      expect(alarm.Properties.OKActions).toEqual([{ Ref: alertsTopic }]);
    }
    expect(JSON.stringify(topics[alertsTopic as string]?.Properties.KmsMasterKeyId)).toMatch(
      /AlertsTopicKey/,
    );
    const keys = template.findResources('AWS::KMS::Key');
    const key = Object.entries(keys).find(([id]) => id.startsWith('AlertsTopicKey'))?.[1];
    expect(JSON.stringify(key?.Properties.KeyPolicy)).toContain('cloudwatch.amazonaws.com');
    expect(
      resourcesOf('AWS::SNS::Subscription').filter(
        (subscription) => subscription.Properties.Protocol === 'email',
      ),
    ).toEqual([]);
  });

  it('subscribe -c alarmEmail, and refuse what is not an address', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], alarmEmail: 'astreinte@exemple.ci' } });
    Template.fromStack(buildApp(app).stack).hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'astreinte@exemple.ci',
    });
    expect(() =>
      buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [], alarmEmail: 'astreinte' } })),
    ).toThrow(/not an e-mail address/);
  });
});
