import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ThroughputCaps } from '../shared/sending/caps';
import { OperatorAlerts } from './constructs/alerts';
import { Api } from './constructs/api';
import { Data } from './constructs/data';
import { Exports } from './constructs/exports';
import { People } from './constructs/people';
import { Replies } from './constructs/replies';
import { Reports } from './constructs/reports';
import { Sending } from './constructs/sending';
import { Webhooks } from './constructs/webhooks';

export interface SmsPlatformStackProps extends StackProps {
  deletionProtection: boolean;
  throttle: { rateLimit: number; burstLimit: number };
  requestsPerSecondPerKey: number;
  defaultSenderName: string;
  smsMessageType: 'TRANSACTIONAL' | 'PROMOTIONAL';
  sendConcurrency: number;
  /** Dispatch functions at once: each plans an occurrence in seconds; SQS's floor is 2. */
  dispatchConcurrency: number;
  partsPerSecond: number;
  messagesInFlight: number;
  /** Parts per second per country and per origination, shared by every send function. */
  throughputCaps: ThroughputCaps;
  /** Reports functions at once (2 at least, SQS's floor): more only adds conflicts on one campaign's stats. */
  reportsConcurrency: number;
  /** The two-way number customers' recipients reply to (bought outside the stack), and how it is written. */
  twoWayPhoneNumberArn?: string;
  stopNumber?: string;
  /** The platform's currency, which every price, balance and charge is in. */
  currency: string;
  /** A campaign's possible recipients above which it is read after the answer, unless the default. */
  largeAudience?: number;
  /** Whether the two-way number confirms stop and start keywords by SMS. */
  confirmReplies: boolean;
  /** Webhook delivery functions at once. */
  webhookConcurrency: number;
  /** Export functions at once. */
  exportConcurrency: number;
  /** A short custom domain that serves short links (`https://go.ex.ci/<code>`), with its ACM certificate. */
  shortLinkDomain?: { name: string; certificateArn: string };
  /** An address told of every alarm (it confirms its subscription once). */
  alarmEmail?: string;
}

/** The whole platform: data (stateful), sending and the API (stateless), joined by typed props. */
export class SmsPlatformStack extends Stack {
  readonly data: Data;
  readonly api: Api;
  readonly sending: Sending;
  readonly reports: Reports;
  readonly replies: Replies;
  readonly webhooks: Webhooks;
  readonly people: People;
  readonly exports: Exports;
  readonly alerts: OperatorAlerts;

  constructor(scope: Construct, id: string, props: SmsPlatformStackProps) {
    super(scope, id, props);
    this.alerts = new OperatorAlerts(this, 'Alerts', props.alarmEmail ? { email: props.alarmEmail } : {});
    this.data = new Data(this, 'Data', { deletionProtection: props.deletionProtection });
    this.webhooks = new Webhooks(this, 'Webhooks', {
      table: this.data.table,
      concurrency: props.webhookConcurrency,
    });
    this.reports = new Reports(this, 'Reports', {
      table: this.data.table,
      concurrency: props.reportsConcurrency,
    });
    this.sending = new Sending(this, 'Sending', {
      table: this.data.table,
      configurationSet: { name: this.reports.configurationSetName, arn: this.reports.configurationSetArn },
      messageType: props.smsMessageType,
      sendConcurrency: props.sendConcurrency,
      dispatchConcurrency: props.dispatchConcurrency,
      partsPerSecond: props.partsPerSecond,
      messagesInFlight: props.messagesInFlight,
      throughputCaps: props.throughputCaps,
    });
    this.people = new People(this, 'People');
    this.exports = new Exports(this, 'Exports', {
      table: this.data.table,
      webhooks: this.webhooks,
      concurrency: props.exportConcurrency,
    });
    this.replies = new Replies(this, 'Replies', {
      table: this.data.table,
      confirmReplies: props.confirmReplies,
      sms: { messageType: props.smsMessageType, configurationSetName: this.reports.configurationSetName },
      ...(props.twoWayPhoneNumberArn ? { twoWayPhoneNumberArn: props.twoWayPhoneNumberArn } : {}),
    });
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      throttle: props.throttle,
      requestsPerSecondPerKey: props.requestsPerSecondPerKey,
      defaultSenderName: props.defaultSenderName,
      currency: props.currency,
      ...(props.largeAudience ? { largeAudience: props.largeAudience } : {}),
      ...(props.stopNumber ? { stopNumber: props.stopNumber } : {}),
      sending: this.sending,
      webhooks: this.webhooks,
      people: this.people,
      exports: this.exports,
      reports: this.reports,
      ...(props.shortLinkDomain ? { shortLinkDomain: props.shortLinkDomain } : {}),
      deadLetters: [
        ...this.sending.deadLetters,
        ...this.reports.deadLetters,
        ...this.replies.deadLetters,
        ...this.webhooks.deadLetters,
        ...this.exports.deadLetters,
      ],
    });
    // Each of these raises events: they hand them to the webhook queue themselves.
    for (const fn of [
      this.sending.sendFunction,
      this.sending.recoverFunction,
      this.reports.reportsFunction,
      this.replies.inboundFunction,
    ]) {
      this.webhooks.allowRaising(fn);
    }
    new CfnOutput(this, 'InboundTopicArn', {
      value: this.replies.topic.topicArn,
      description: "Set as the two-way number's two-way channel (self-managed opt-outs): replies come here",
    });
    new CfnOutput(this, 'TableName', {
      value: this.data.table.tableName,
      description: 'For the admin command line: npm run admin -- … --table <this>',
    });
  }
}
