/**
 * The synthesized CloudFormation template, read as a deployment would read it: its resources, and the
 * intrinsic functions (`Ref`, `Fn::GetAtt`, `Fn::Join`, `Fn::Sub`, pseudo parameters) resolved to the
 * names and ARNs the resources would have in one account and region.
 */
export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-1';
export const PARTITION = 'aws';

export interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

export interface Template {
  Resources: Record<string, Resource>;
  Outputs?: Record<string, { Value: unknown }>;
}

/** Where queues answer (the rehearsal's own endpoint stands in for SQS's), and the user pool's twin. */
export interface Endpoints {
  sqs: string;
  /** The API's address (an HTTP API's `ApiEndpoint`). */
  api?: string;
  /** The ids the twin gave the template's user pool and its client (a deployment's own). */
  userPool?: { id: string; clientId: string };
}

export class TemplateReader {
  constructor(
    readonly template: Template,
    private readonly endpoints: Endpoints = { sqs: 'http://127.0.0.1:0' },
  ) {}

  resource(logicalId: string): Resource {
    const found = this.template.Resources[logicalId];
    if (!found) throw new Error(`the template has no resource ${logicalId}`);
    return found;
  }

  ofType(type: string): [string, Resource][] {
    return Object.entries(this.template.Resources).filter(([, resource]) => resource.Type === type);
  }

  /** The physical name a deployment would give it: its declared name, else its logical id. */
  nameOf(logicalId: string): string {
    const { Type, Properties = {} } = this.resource(logicalId);
    const declared =
      Type === 'AWS::DynamoDB::Table'
        ? Properties.TableName
        : Type === 'AWS::Scheduler::ScheduleGroup'
          ? Properties.Name
          : Type === 'AWS::Lambda::Function'
            ? Properties.FunctionName
            : Type === 'AWS::SQS::Queue'
              ? Properties.QueueName
              : Type === 'AWS::Logs::LogGroup'
                ? Properties.LogGroupName
                : Type === 'AWS::SNS::Topic'
                  ? Properties.TopicName
                  : Type === 'AWS::SMSVOICE::ConfigurationSet'
                    ? Properties.ConfigurationSetName
                    : undefined;
    return typeof declared === 'string' ? declared : logicalId;
  }

  arnOf(logicalId: string): string {
    const name = this.nameOf(logicalId);
    const arns: Record<string, string> = {
      'AWS::DynamoDB::Table': `arn:${PARTITION}:dynamodb:${REGION}:${ACCOUNT}:table/${name}`,
      'AWS::SQS::Queue': `arn:${PARTITION}:sqs:${REGION}:${ACCOUNT}:${name}`,
      'AWS::S3::Bucket': `arn:${PARTITION}:s3:::${name}`,
      'AWS::Lambda::Function': `arn:${PARTITION}:lambda:${REGION}:${ACCOUNT}:function:${name}`,
      'AWS::IAM::Role': `arn:${PARTITION}:iam::${ACCOUNT}:role/${name}`,
      'AWS::Scheduler::ScheduleGroup': `arn:${PARTITION}:scheduler:${REGION}:${ACCOUNT}:schedule-group/${name}`,
      'AWS::Logs::LogGroup': `arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:log-group:${name}:*`,
      'AWS::SNS::Topic': `arn:${PARTITION}:sns:${REGION}:${ACCOUNT}:${name}`,
      'AWS::KMS::Key': `arn:${PARTITION}:kms:${REGION}:${ACCOUNT}:key/${name}`,
      'AWS::SMSVOICE::ConfigurationSet': `arn:${PARTITION}:sms-voice:${REGION}:${ACCOUNT}:configuration-set/${name}`,
    };
    // The pool's ARN names the id the twin gave it (read only for a pool: `ref` of a topic reads its ARN).
    if (this.resource(logicalId).Type === 'AWS::Cognito::UserPool') {
      return `arn:${PARTITION}:cognito-idp:${REGION}:${ACCOUNT}:userpool/${this.ref(logicalId)}`;
    }
    const arn = arns[this.resource(logicalId).Type];
    if (!arn) throw new Error(`no ARN known for ${logicalId} (${this.resource(logicalId).Type})`);
    return arn;
  }

  /** What `Ref` gives: a queue's URL, a topic's ARN, a pseudo parameter's value, otherwise the physical name. */
  ref(logicalId: string): string {
    const pseudo: Record<string, string> = {
      'AWS::Partition': PARTITION,
      'AWS::Region': REGION,
      'AWS::AccountId': ACCOUNT,
      'AWS::URLSuffix': 'amazonaws.com',
      'AWS::StackName': 'SmsPlatform',
    };
    if (pseudo[logicalId]) return pseudo[logicalId];
    if (this.resource(logicalId).Type === 'AWS::SQS::Queue') {
      return `${this.endpoints.sqs}/${ACCOUNT}/${this.nameOf(logicalId)}`;
    }
    const { Type } = this.resource(logicalId);
    if (Type === 'AWS::SNS::Topic') return this.arnOf(logicalId);
    if (Type === 'AWS::Cognito::UserPool') return this.endpoints.userPool?.id ?? logicalId;
    if (Type === 'AWS::Cognito::UserPoolClient') return this.endpoints.userPool?.clientId ?? logicalId;
    return this.nameOf(logicalId);
  }

  /** A template value with every intrinsic function resolved. */
  resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.resolve(item));
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    const [key, argument] = entries[0] ?? [];
    if (entries.length === 1 && key === 'Ref') return this.ref(String(argument));
    if (entries.length === 1 && key === 'Fn::GetAtt') {
      const [logicalId, attribute] = argument as [string, string];
      if (attribute === 'Arn') return this.arnOf(logicalId);
      if (attribute === 'QueueUrl') return this.ref(logicalId);
      if (attribute === 'QueueName' || attribute === 'Name') return this.nameOf(logicalId);
      if (attribute === 'ApiEndpoint' && this.resource(logicalId).Type === 'AWS::ApiGatewayV2::Api')
        return this.endpoints.api ?? 'http://127.0.0.1:0';
      throw new Error(`Fn::GetAtt ${logicalId}.${attribute} is not known to the rehearsal`);
    }
    if (entries.length === 1 && key === 'Fn::Join') {
      const [separator, parts] = argument as [string, unknown[]];
      return parts.map((part) => String(this.resolve(part))).join(separator);
    }
    if (entries.length === 1 && key === 'Fn::Sub' && typeof argument === 'string') {
      return argument.replace(/\$\{([\w:]+)(?:\.(\w+))?\}/g, (_, name: string, attribute?: string) =>
        String(this.resolve(attribute ? { 'Fn::GetAtt': [name, attribute] } : { Ref: name })),
      );
    }
    return Object.fromEntries(entries.map(([name, inner]) => [name, this.resolve(inner)]));
  }
}
