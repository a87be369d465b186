/**
 * The IAM check of the rehearsal: every AWS call a function makes is evaluated, before it runs,
 * against the policies the template attaches to that function's role, with `@cloud-copilot/iam-simulate`
 * (conditions such as `dynamodb:LeadingKeys` included).
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { ACCOUNT, type TemplateReader } from './template';

export interface AwsCall {
  /** `dynamodb:Query`, `sqs:SendMessage` … */
  action: string;
  resource: string;
  /** Condition keys the call carries (`dynamodb:LeadingKeys` …). */
  context?: Record<string, string | string[]>;
}

export interface Decision {
  allowed: boolean;
  /** Why not, when it is denied: names the role, the action and the resource. */
  reason?: string;
}

export interface RolePolicy {
  name: string;
  policy: { Version: string; Statement: unknown[] };
}

/** Every policy the template attaches to a role (its inline policies and the `AWS::IAM::Policy` resources naming it). */
export function policiesOfRole(reader: TemplateReader, roleLogicalId: string): RolePolicy[] {
  const role = reader.resource(roleLogicalId);
  const inline = ((role.Properties?.Policies ?? []) as { PolicyName: string; PolicyDocument: unknown }[]).map(
    (policy) => ({
      name: policy.PolicyName,
      policy: reader.resolve(policy.PolicyDocument) as RolePolicy['policy'],
    }),
  );
  const attached = reader
    .ofType('AWS::IAM::Policy')
    .filter(([, policy]) =>
      ((policy.Properties?.Roles ?? []) as { Ref?: string }[]).some((ref) => ref.Ref === roleLogicalId),
    )
    .map(([logicalId, policy]) => ({
      name: logicalId,
      policy: reader.resolve(policy.Properties?.PolicyDocument) as RolePolicy['policy'],
    }));
  return [...inline, ...attached];
}

/** Whether the role's policies allow the call, as IAM would decide it. */
export async function authorize(
  reader: TemplateReader,
  roleLogicalId: string,
  policies: RolePolicy[],
  call: AwsCall,
): Promise<Decision> {
  const result = await runSimulation(
    {
      request: {
        principal: reader.arnOf(roleLogicalId),
        action: call.action,
        resource: { resource: call.resource, accountId: ACCOUNT },
        contextVariables: call.context ?? {},
      },
      identityPolicies: policies,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    {},
  );
  if (result.resultType === 'error') {
    throw new Error(
      `the IAM simulation could not run for ${call.action} on ${call.resource}: ${result.errors.message}`,
    );
  }
  const outcome = (result as { result: { analysis: { result: string } } }).result.analysis.result;
  if (outcome === 'Allowed') return { allowed: true };
  return {
    allowed: false,
    reason: `${roleLogicalId} may not ${call.action} on ${call.resource} (${outcome})`,
  };
}

/**
 * Whether a resource's own policy lets an AWS service act on it (End User Messaging publishing to a
 * topic, SNS delivering to a queue), as IAM would decide it for a service principal.
 */
export async function authorizeService(
  service: string,
  resourcePolicy: unknown,
  call: AwsCall,
): Promise<Decision> {
  const result = await runSimulation(
    {
      request: {
        principal: service,
        action: call.action,
        resource: { resource: call.resource, accountId: ACCOUNT },
        contextVariables: call.context ?? {},
      },
      identityPolicies: [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy,
    },
    {},
  );
  if (result.resultType === 'error') {
    throw new Error(
      `the IAM simulation could not run for ${service} ${call.action}: ${result.errors.message}`,
    );
  }
  const outcome = (result as { result: { analysis: { result: string } } }).result.analysis.result;
  if (outcome === 'Allowed') return { allowed: true };
  return { allowed: false, reason: `${service} may not ${call.action} on ${call.resource} (${outcome})` };
}
