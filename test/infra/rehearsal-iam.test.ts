import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app';
import { type AwsCall, authorize, policiesOfRole } from '../../rehearsal/iam';
import { type Template, TemplateReader } from '../../rehearsal/template';

let reader: TemplateReader;

beforeAll(() => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const { stack } = buildApp(app);
  const template = app.synth().getStackByName(stack.stackName).template as Template;
  reader = new TemplateReader(template);
});

const roleOf = (prefix: string) => {
  const found = reader.ofType('AWS::IAM::Role').find(([id]) => id.startsWith(prefix));
  if (!found) throw new Error(`no role ${prefix}`);
  return found[0];
};
const tableArn = () => reader.arnOf(reader.ofType('AWS::DynamoDB::Table')[0]?.[0] ?? '');

async function decide(rolePrefix: string, call: AwsCall) {
  const role = roleOf(rolePrefix);
  return authorize(reader, role, policiesOfRole(reader, role), call);
}

describe("the rehearsal's IAM check, on the synthesized template's roles", () => {
  it('lets a listing route query the indexes it reads, and no other', async () => {
    expect(
      await decide('ApiCampaignListRole', { action: 'dynamodb:Query', resource: `${tableArn()}/index/gsi3` }),
    ).toEqual({ allowed: true });
    const denied = await decide('ApiCampaignListRole', {
      action: 'dynamodb:Query',
      resource: `${tableArn()}/index/gsi5`,
    });
    expect(denied.allowed).toBe(false);
    expect(denied.reason).toContain('dynamodb:Query');
  });

  it("lets a read-only route update its key's request count, and nothing else of an account", async () => {
    const update = (leadingKey: string): AwsCall => ({
      action: 'dynamodb:UpdateItem',
      resource: tableArn(),
      context: { 'dynamodb:LeadingKeys': [leadingKey] },
    });
    expect((await decide('ApiCampaignListRole', update('ACCOUNT#a1#APIKEY#k1'))).allowed).toBe(true);
    expect((await decide('ApiCampaignListRole', update('ACCOUNT#a1'))).allowed).toBe(false);
    expect((await decide('ApiCampaignCreateRole', update('ACCOUNT#a1'))).allowed).toBe(true);
  });

  it('lets the campaign routes schedule in their group and pass the scheduler role, nothing more', async () => {
    const group = reader.nameOf(reader.ofType('AWS::Scheduler::ScheduleGroup')[0]?.[0] ?? '');
    const schedule = (name: string) =>
      `arn:aws:scheduler:eu-west-1:123456789012:schedule/${name}/campaign-0123456789abcdef01234567-once`;
    expect(
      (
        await decide('ApiCampaignCreateRole', {
          action: 'scheduler:CreateSchedule',
          resource: schedule(group),
        })
      ).allowed,
    ).toBe(true);
    expect(
      (
        await decide('ApiCampaignCreateRole', {
          action: 'scheduler:CreateSchedule',
          resource: schedule('default'),
        })
      ).allowed,
    ).toBe(false);
    expect(
      (await decide('ApiCampaignListRole', { action: 'scheduler:CreateSchedule', resource: schedule(group) }))
        .allowed,
    ).toBe(false);
    const schedulerRole = reader.arnOf(roleOf('SendingSchedulerRole'));
    expect(
      (await decide('ApiCampaignCreateRole', { action: 'iam:PassRole', resource: schedulerRole })).allowed,
    ).toBe(true);
    const sendRole = reader.arnOf(roleOf('SendingSendRole'));
    expect(
      (await decide('ApiCampaignCreateRole', { action: 'iam:PassRole', resource: sendRole })).allowed,
    ).toBe(false);
  });

  it('lets the send function send SMS from the account’s sender ids, and queue on its own queue only', async () => {
    const sender = 'arn:aws:sms-voice:eu-west-1:123456789012:sender-id/MySender/CI';
    expect(
      (await decide('SendingSendRole', { action: 'sms-voice:SendTextMessage', resource: sender })).allowed,
    ).toBe(true);
    expect(
      (await decide('ApiCampaignCreateRole', { action: 'sms-voice:SendTextMessage', resource: sender }))
        .allowed,
    ).toBe(false);
    const queueArn = (prefix: string) =>
      reader.arnOf(reader.ofType('AWS::SQS::Queue').find(([id]) => id.startsWith(prefix))?.[0] ?? '');
    expect(
      (await decide('SendingSendRole', { action: 'sqs:SendMessage', resource: queueArn('SendingSendQueue') }))
        .allowed,
    ).toBe(true);
    expect(
      (
        await decide('SendingSendRole', {
          action: 'sqs:SendMessage',
          resource: queueArn('SendingDispatchQueue'),
        })
      ).allowed,
    ).toBe(false);
  });

  it('lets the team routes make the user pool calls they need, on the stack’s pool only, and no other function any', async () => {
    const pool = reader.arnOf(reader.ofType('AWS::Cognito::UserPool')[0]?.[0] ?? '');
    const otherPool = 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_other';
    const calls = ['AdminCreateUser', 'AdminGetUser', 'AdminListGroupsForUser', 'AdminDeleteUser'];
    const allowed = async (rolePrefix: string) => {
      const granted: string[] = [];
      for (const action of calls) {
        if ((await decide(rolePrefix, { action: `cognito-idp:${action}`, resource: pool })).allowed)
          granted.push(action);
        const elsewhere = await decide(rolePrefix, { action: `cognito-idp:${action}`, resource: otherPool });
        expect(elsewhere.allowed, `${rolePrefix} ${action} on another pool`).toBe(false);
      }
      return granted;
    };
    expect(await allowed('ApiMemberInviteRole')).toEqual(['AdminCreateUser', 'AdminGetUser']);
    expect(await allowed('ApiMemberRemoveRole')).toEqual(['AdminListGroupsForUser', 'AdminDeleteUser']);
    // The back office invites an opened account's first owner.
    expect(await allowed('ApiOperatorsRole')).toEqual(['AdminCreateUser', 'AdminGetUser']);
    const granted = ['ApiMemberInviteRole', 'ApiMemberRemoveRole', 'ApiOperatorsRole'];
    for (const [role] of reader.ofType('AWS::IAM::Role')) {
      if (granted.some((prefix) => role.startsWith(prefix))) continue;
      for (const action of calls) {
        const decision = await authorize(reader, role, policiesOfRole(reader, role), {
          action: `cognito-idp:${action}`,
          resource: pool,
        });
        expect(decision.allowed, `${role} ${action}`).toBe(false);
      }
    }
  });

  it('lets the back office read the dead-letter queues and move their messages back to their own queue only', async () => {
    const queueArn = (prefix: string) =>
      reader.arnOf(reader.ofType('AWS::SQS::Queue').find(([id]) => id.startsWith(prefix))?.[0] ?? '');
    const sendDlq = queueArn('SendingSendDeadLetters');
    for (const action of ['GetQueueAttributes', 'ReceiveMessage', 'StartMessageMoveTask', 'DeleteMessage']) {
      expect(
        (await decide('ApiOperatorsRole', { action: `sqs:${action}`, resource: sendDlq })).allowed,
        action,
      ).toBe(true);
    }
    const back = { action: 'sqs:SendMessage', resource: queueArn('SendingSendQueue') };
    expect((await decide('ApiOperatorsRole', back)).allowed).toBe(true);
    // The scheduler's dead letters come from no queue: read, never moved.
    const schedulerDlq = queueArn('SendingSchedulerDeadLetters');
    expect(
      (await decide('ApiOperatorsRole', { action: 'sqs:ReceiveMessage', resource: schedulerDlq })).allowed,
    ).toBe(true);
    expect(
      (await decide('ApiOperatorsRole', { action: 'sqs:StartMessageMoveTask', resource: schedulerDlq }))
        .allowed,
    ).toBe(false);
    for (const [role] of reader.ofType('AWS::IAM::Role')) {
      if (role.startsWith('ApiOperatorsRole')) continue;
      const decision = await authorize(reader, role, policiesOfRole(reader, role), {
        action: 'sqs:StartMessageMoveTask',
        resource: sendDlq,
      });
      expect(decision.allowed, role).toBe(false);
    }
  });

  it('lets the export function write export files and the exports’ API function read them, no one else either', async () => {
    const bucket = reader.ofType('AWS::S3::Bucket')[0]?.[0] ?? '';
    const file = `${reader.arnOf(bucket)}/exports/acc/exp.csv`;
    const outside = `${reader.arnOf(bucket)}/other/exp.csv`;
    const allowed = async (role: string, action: string, resource = file) =>
      (await decide(role, { action, resource })).allowed;
    expect(await allowed('ExportsWriteRole', 's3:PutObject')).toBe(true);
    expect(await allowed('ExportsWriteRole', 's3:PutObject', outside)).toBe(false);
    expect(await allowed('ExportsWriteRole', 's3:GetObject')).toBe(false);
    expect(await allowed('ApiExportsRole', 's3:GetObject')).toBe(true);
    expect(await allowed('ApiExportsRole', 's3:PutObject')).toBe(false);
    expect(await allowed('ApiCampaignMessagesRole', 's3:GetObject')).toBe(false);
    expect(await allowed('SendingSendRole', 's3:PutObject')).toBe(false);
    const exportQueue = reader.arnOf(
      reader.ofType('AWS::SQS::Queue').find(([id]) => id.startsWith('ExportsQueue'))?.[0] ?? '',
    );
    expect(await allowed('ApiExportsRole', 'sqs:SendMessage', exportQueue)).toBe(true);
    expect(await allowed('ApiCampaignCreateRole', 'sqs:SendMessage', exportQueue)).toBe(false);
  });

  it('denies what a removed statement allowed', async () => {
    const role = roleOf('ApiCampaignListRole');
    const call = { action: 'dynamodb:Query', resource: `${tableArn()}/index/gsi3` };
    const policies = policiesOfRole(reader, role);
    expect((await authorize(reader, role, policies, call)).allowed).toBe(true);
    const without = policies.map((entry) => ({
      ...entry,
      policy: {
        ...entry.policy,
        Statement: entry.policy.Statement.filter(
          (statement) => !JSON.stringify(statement).includes('dynamodb:Query'),
        ),
      },
    }));
    expect((await authorize(reader, role, without, call)).allowed).toBe(false);
  });
});
