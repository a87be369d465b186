import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

/**
 * An SNS topic End User Messaging publishes to (delivery events, replies): encrypted with a key of its
 * own, TLS only, and only End User Messaging of this account may publish, from `sourceArn` when known.
 */
export const endUserMessagingTopic = (scope: Construct, id: string, purpose: string, sourceArn?: string) =>
  serviceTopic(scope, id, purpose, 'sms-voice.amazonaws.com', sourceArn);

/**
 * An SNS topic one AWS service publishes to, encrypted with a key of its own (a service cannot use the
 * AWS-managed key of SNS), TLS only, published to by that service of this account alone. The key goes
 * with the stack (KMS waits 30 days before deleting it): what it encrypts only passes through.
 */
export function serviceTopic(
  scope: Construct,
  id: string,
  purpose: string,
  service: string,
  sourceArn?: string,
): Topic {
  const fromThisAccount = { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } };
  const publisher = new ServicePrincipal(service);
  const key = new Key(scope, `${id}Key`, {
    description: `Encrypts ${purpose}`,
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  key.addToResourcePolicy(
    new PolicyStatement({
      principals: [publisher],
      actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      resources: ['*'],
      conditions: fromThisAccount,
    }),
  );
  const topic = new Topic(scope, id, { masterKey: key, enforceSSL: true });
  topic.addToResourcePolicy(
    new PolicyStatement({
      principals: [publisher],
      actions: ['sns:Publish'],
      resources: [topic.topicArn],
      conditions: sourceArn
        ? { ...fromThisAccount, ArnLike: { 'aws:SourceArn': sourceArn } }
        : fromThisAccount,
    }),
  );
  return topic;
}
