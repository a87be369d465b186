import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import {
  DEFAULT_CURRENCY,
  DEFAULT_DISPATCH_CONCURRENCY,
  DEFAULT_EXPORT_CONCURRENCY,
  DEFAULT_SEND_CONCURRENCY,
  DEFAULT_SEND_MESSAGES_IN_FLIGHT,
} from '../shared/config';
import { parseCountryCaps } from '../shared/sending/caps';
import { SmsPlatformStack } from './stack';

/** Builds the app; the tests build it too, with bundling off. */
export function buildApp(app = new App()): { app: App; stack: SmsPlatformStack } {
  const context = (key: string, fallback: string) => String(app.node.tryGetContext(key) ?? fallback);
  const stack = new SmsPlatformStack(app, context('stackName', 'SmsPlatform'), {
    description: 'SMS campaign platform: API, data, scheduling and sending',
    deletionProtection: context('deletionProtection', 'true') !== 'false',
    throttle: {
      rateLimit: Number(context('throttleRateLimit', '100')),
      burstLimit: Number(context('throttleBurstLimit', '200')),
    },
    requestsPerSecondPerKey: Number(context('requestsPerSecondPerKey', '20')),
    defaultSenderName: context('defaultSenderName', 'SMSInfo'),
    currency: context('currency', DEFAULT_CURRENCY),
    // A campaign to more possible recipients than this is read by the dispatch function, not the API's.
    ...(app.node.tryGetContext('largeAudience') === undefined
      ? {}
      : { largeAudience: positive('largeAudience', String(app.node.tryGetContext('largeAudience'))) }),
    smsMessageType:
      context('smsMessageType', 'TRANSACTIONAL') === 'PROMOTIONAL' ? 'PROMOTIONAL' : 'TRANSACTIONAL',
    sendConcurrency: Number(context('sendConcurrency', String(DEFAULT_SEND_CONCURRENCY))),
    dispatchConcurrency: Number(context('dispatchConcurrency', String(DEFAULT_DISPATCH_CONCURRENCY))),
    // With 5 functions at once: 100 parts a second in all, End User Messaging SMS's usual starting quota.
    partsPerSecond: Number(context('sendPartsPerSecond', '20')),
    messagesInFlight: Number(context('sendMessagesInFlight', String(DEFAULT_SEND_MESSAGES_IN_FLIGHT))),
    // Shared by every send function: `-c countryPartsPerSecond=CI:20,SN:10 -c defaultPartsPerSecond=10`.
    throughputCaps: {
      byCountry: parseCountryCaps(context('countryPartsPerSecond', '')),
      perOtherCountry: wholeNumber('defaultPartsPerSecond', context('defaultPartsPerSecond', '0')),
      perOrigination: wholeNumber('originationPartsPerSecond', context('originationPartsPerSecond', '0')),
    },
    reportsConcurrency: Number(context('reportsConcurrency', '2')),
    confirmReplies: context('replyConfirmations', 'on') !== 'off',
    webhookConcurrency: Number(context('webhookConcurrency', '5')),
    exportConcurrency: Number(context('exportConcurrency', String(DEFAULT_EXPORT_CONCURRENCY))),
    ...(app.node.tryGetContext('stopNumber')
      ? { stopNumber: String(app.node.tryGetContext('stopNumber')) }
      : {}),
    ...shortLinkDomainOf(
      app.node.tryGetContext('shortLinkDomain'),
      app.node.tryGetContext('shortLinkCertificateArn'),
    ),
    ...alarmEmailOf(app.node.tryGetContext('alarmEmail')),
    ...(app.node.tryGetContext('twoWayPhoneNumberArn')
      ? { twoWayPhoneNumberArn: String(app.node.tryGetContext('twoWayPhoneNumberArn')) }
      : {}),
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

/** Who is told of every alarm, if anyone: one e-mail address. */
function alarmEmailOf(email: unknown) {
  if (email === undefined || email === '') return {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(email))) {
    throw new Error(`-c alarmEmail=${String(email)} is not an e-mail address`);
  }
  return { alarmEmail: String(email) };
}

/** A custom domain for short links needs its certificate (in the stack's region): both or neither. */
function shortLinkDomainOf(domain: unknown, certificateArn: unknown) {
  if (!domain && !certificateArn) return {};
  if (!domain || !certificateArn) {
    throw new Error(
      'Give both -c shortLinkDomain=… and -c shortLinkCertificateArn=… (an ACM certificate for it), or neither',
    );
  }
  return { shortLinkDomain: { name: String(domain), certificateArn: String(certificateArn) } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildApp().app.synth();
}

/** A context value that must be a whole number above 0, refused at synth otherwise. */
function positive(name: string, value: string): number {
  if (!/^[1-9]\d*$/.test(value.trim())) throw new Error(`-c ${name}=${value}: a whole number above 0`);
  return Number(value);
}

/** A context value that must be a whole number (0 or more), refused at synth otherwise. */
function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim()))
    throw new Error(`-c ${name}=${value}: a whole number of parts per second, 0 for none`);
  return Number(value);
}
