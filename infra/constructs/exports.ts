import { join } from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { FILES_TIMEOUT_SECONDS } from '../../shared/config';
import { EXPORT_DAYS } from '../../shared/exports/export';
import { IMPORTS_PREFIX } from '../../shared/imports/import';
import { HouseFunction } from './house-function';
import { deadLetterQueue, encryptedQueue, type WatchedDeadLetters } from './queues';
import type { Webhooks } from './webhooks';

export interface ExportsProps {
  table: ITable;
  webhooks: Webhooks;
  /** Export functions at once: each streams one file. */
  concurrency: number;
}

/** A million messages take minutes; Lambda allows fifteen (an import goes on in a new invocation). */
const WRITE_TIMEOUT = Duration.seconds(FILES_TIMEOUT_SECONDS);
/** Where files are, under the bucket. */
const EXPORTS_PREFIX = 'exports/';

/**
 * Exports (CONTRACT.md, Exports): a queue feeds the export function, which streams a campaign's message
 * log into a CSV in a bucket that keeps files 7 days, encrypted, reachable only over TLS and never
 * public; people read them through links the API signs for one hour.
 */
export class Exports extends Construct {
  readonly bucket: Bucket;
  readonly queue: Queue;
  readonly writeFunction: HouseFunction;
  readonly deadLetters: WatchedDeadLetters[];

  constructor(scope: Construct, id: string, props: ExportsProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Exports and imports alike are kept a week (their items say the same).
      lifecycleRules: [
        { expiration: Duration.days(EXPORT_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      // The console uploads import files straight from the browser, through links the API signs: the
      // link is the credential, whatever the page's origin.
      cors: [
        {
          allowedMethods: [HttpMethods.PUT],
          allowedOrigins: ['*'],
          allowedHeaders: ['content-type'],
          maxAge: 3600,
        },
      ],
      // Files last a week anyway: removing the stack leaves the bucket, which empties itself (a rolled-back
      // first deploy, whose bucket is empty, takes it away).
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Exports are written by one function and read through links the API signs for one hour, each asked for through the API and recorded in the audit log (campaign.export); an access-log bucket would add resources for what the audit log already says.',
    });

    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'exports were not written');
    this.queue = encryptedQueue(this, 'Queue', {
      visibilityTimeout: Duration.minutes(WRITE_TIMEOUT.toMinutes() + 5),
      deadLetterQueue: deadLetters,
    });
    this.deadLetters = [
      { name: 'exports', what: 'Exports CSV non écrits', queue: deadLetters, source: this.queue },
    ];

    this.#announceUploads();

    this.writeFunction = new HouseFunction(this, 'Write', {
      entry: join(import.meta.dirname, '..', '..', 'functions', 'exports', 'handler.ts'),
      description: "Writes campaigns' message logs as CSV files, and reads uploaded contact imports",
      timeout: WRITE_TIMEOUT,
      memorySize: 1024,
      settings: { exportBucket: this.bucket.bucketName, exportQueueUrl: this.queue.queueUrl },
    }).useTable(props.table, 'readWrite', ['gsi5']);
    this.writeFunction.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:AbortMultipartUpload'],
        resources: [
          this.bucket.arnForObjects(`${EXPORTS_PREFIX}*`),
          this.bucket.arnForObjects(`${IMPORTS_PREFIX}*`),
        ],
      }),
    );
    this.writeFunction.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${IMPORTS_PREFIX}*`)],
      }),
    );
    this.#acknowledgeObjects(
      this.writeFunction,
      'The export function writes a file per export',
      EXPORTS_PREFIX,
    );
    this.#acknowledgeObjects(
      this.writeFunction,
      'The files function reads each uploaded import and writes its refused rows',
      IMPORTS_PREFIX,
    );
    // An import that runs out of time goes on in a new invocation, through its own queue.
    this.queue.grantSendMessages(this.writeFunction);
    props.webhooks.allowRaising(this.writeFunction);
    this.writeFunction.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: props.concurrency,
      }),
    );
  }

  /** Lets an API function ask for exports, sign links to their files, and sign links to upload imports. */
  allowAsking(fn: HouseFunction): void {
    this.queue.grantSendMessages(fn);
    // A presigned link reads (or writes) with the rights of whoever signed it.
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [
          this.bucket.arnForObjects(`${EXPORTS_PREFIX}*`),
          this.bucket.arnForObjects(`${IMPORTS_PREFIX}*`),
        ],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${IMPORTS_PREFIX}*`)],
      }),
    );
    this.#acknowledgeObjects(fn, 'The API signs links to the files of exports', EXPORTS_PREFIX);
    this.#acknowledgeObjects(
      fn,
      'The API signs links to upload import files and to read their refused rows',
      IMPORTS_PREFIX,
    );
    fn.configure({ exportQueueUrl: this.queue.queueUrl, exportBucket: this.bucket.bucketName });
  }

  /**
   * An import's file, once whole in the bucket, is announced on the files queue. Written on the bucket
   * itself (no custom resource, none of the resources it would add): the queue's policy lets S3 send from
   * this account, and the bucket is made after it, since S3 checks the queue when told of it.
   */
  #announceUploads(): void {
    this.queue.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('s3.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.queue.queueArn],
        // Not by the bucket's ARN: the bucket would wait on the policy that waits on it. Another bucket
        // of this account could send here too; the function reads only its own bucket's imports.
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    const bucket = this.bucket.node.defaultChild as CfnBucket;
    bucket.notificationConfiguration = {
      queueConfigurations: [
        {
          event: 's3:ObjectCreated:*',
          queue: this.queue.queueArn,
          filter: {
            s3Key: {
              rules: [
                { name: 'prefix', value: IMPORTS_PREFIX },
                { name: 'suffix', value: '.csv' },
              ],
            },
          },
        },
      ],
    };
    const policy = this.queue.node.tryFindChild('Policy');
    if (policy) this.bucket.node.addDependency(policy);
  }

  #bucketLogicalId(): string {
    const stack = Stack.of(this);
    return stack.resolve(stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket)) as string;
  }

  #acknowledgeObjects(fn: HouseFunction, what: string, prefix: string): void {
    Validations.of(fn.role as Role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.#bucketLogicalId()}.Arn>/${prefix}*]`,
      reason: `${what}, named by its id at run time: only under ${prefix} of this stack's files bucket.`,
    });
  }
}
