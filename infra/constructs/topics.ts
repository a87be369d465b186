import { Aws } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

/**
 * An SNS topic End User Messaging publishes to (delivery events, replies): encrypted with a key of its
 * own, TLS only, and only End User Messaging of this account may publish, from `sourceArn` when known.
 */
export function endUserMessagingTopic(
  scope: Construct,
  id: string,
  purpose: string,
  sourceArn?: string,
): Topic {
  const fromThisAccount = { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } };
  const publisher = new ServicePrincipal('sms-voice.amazonaws.com');
  const key = new Key(scope, `${id}Key`, { description: `Encrypts ${purpose}`, enableKeyRotation: true });
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
