import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  ApiMapping,
  DomainName,
  HttpApi,
  HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { buildConsole } from '../../console/build';
import {
  type ApiRoute,
  BACK_OFFICE_ROUTE,
  FALLBACK_MODULE,
  GATEWAY_ROUTES,
  OPEN_ROUTES,
  SHORT_LINK_ROUTE,
  timeoutSecondsOf,
} from '../../functions/api/routes';
import { ENVIRONMENT } from '../../shared/config';
import { CARRIER_DATA_FOLDER, carrierDataPath } from '../../shared/text/networks';
import type { Exports } from './exports';
import { HouseFunction } from './house-function';
import type { People } from './people';
import type { WatchedDeadLetters } from './queues';
import { allowClicks, type Reports } from './reports';
import type { Sending } from './sending';
import type { Webhooks } from './webhooks';

export interface ApiProps {
  table: ITable;
  /** The sender name campaigns fall back to when an account has none of its own. */
  defaultSenderName: string;
  currency: string;
  /** A campaign's possible recipients above which it is read after the answer (unset: the default). */
  largeAudience?: number;
  /** The two-way number the opt-out footer names (`STOP au …`). */
  stopNumber?: string;
  sending: Sending;
  webhooks: Webhooks;
  people: People;
  exports: Exports;
  reports: Reports;
  /** Short links on a custom domain of their own rather than under the API's address and `/l`. */
  shortLinkDomain?: { name: string; certificateArn: string };
  /**
   * Steady requests per second, and the burst above them, for each route on its own: an HTTP API's stage
   * throttling applies per route, not across the API (the account's own limit, 10,000 a second by
   * default, is the one across all).
   */
  throttle: { rateLimit: number; burstLimit: number };
  /** Requests one API key may make in one second before `429 rate-limited`. */
  requestsPerSecondPerKey: number;
  /** The dead-letter queues the back office shows and redrives. */
  deadLetters: readonly WatchedDeadLetters[];
}

const FUNCTIONS_DIR = join(import.meta.dirname, '..', '..', 'functions', 'api');

const packageFile = createRequire(import.meta.url);

/** The package files an open route's function serves beside its bundle, by the name it reads them as. */
const packageAssetsOf = (route: ApiRoute): Record<string, string> =>
  Object.fromEntries((route.assets ?? []).map((file) => [basename(file), packageFile.resolve(file)]));

/** The HTTP API: one function per route of `functions/api/routes.ts`, and a fallback for everything else. */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  /** Its one stage (`$default`), made apart from the API to carry throttling and access logs. */
  readonly stage: HttpStage;
  readonly functions: HouseFunction[] = [];

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    const fallback = new HouseFunction(this, 'Fallback', {
      entry: join(FUNCTIONS_DIR, `${FALLBACK_MODULE}.ts`),
      description: 'Answers unknown routes and methods with the contract envelope (404 / 405)',
      memorySize: 256,
    });
    this.functions.push(fallback);

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'SMS campaign platform public API (v1)',
      defaultIntegration: new HttpLambdaIntegration('FallbackIntegration', fallback),
      createDefaultStage: false,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // Bodies and headers are never logged: the API key travels in them.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            path: '$context.path',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    // Where campaigns' short links point: the custom domain's root, or the API's own `/l`.
    const shortLinkBase = props.shortLinkDomain
      ? `https://${props.shortLinkDomain.name}`
      : `${this.httpApi.apiEndpoint}/l`;

    // One function per gateway route; a family's (the back office's, the segments', the exports') serves
    // all its routes, and is made once for the gateway routes that reach it.
    const byModule = new Map<string, HouseFunction>();
    const functionOf = (route: ApiRoute) => {
      const made = byModule.get(route.module);
      if (made) return made;
      const fn = new HouseFunction(this, route.id, {
        entry: join(FUNCTIONS_DIR, `${route.module}.ts`),
        description: `${route.method} ${route.path}`,
        settings: {
          defaultSenderName: props.defaultSenderName,
          currency: props.currency,
          ...(props.largeAudience ? { largeAudience: String(props.largeAudience) } : {}),
          ...(props.stopNumber ? { stopNumber: props.stopNumber } : {}),
          shortLinkBase,
        },
        timeout: Duration.seconds(timeoutSecondsOf(route)),
        // The send path counts usage by network, from libphonenumber's carrier data.
        ...(route.sends ? { assets: { [CARRIER_DATA_FOLDER]: carrierDataPath() } } : {}),
      })
        .useTable(props.table, route.readOnly ? 'read' : 'readWrite', ['gsi1', ...(route.indexes ?? [])])
        .countRequests(props.table, props.requestsPerSecondPerKey);
      if (route.schedules) props.sending.allowScheduling(fn);
      if (route.events) props.webhooks.allowRaising(fn);
      if (route.sends) props.sending.allowSending(fn);
      if (route.exports) props.exports.allowAsking(fn);
      props.people.acceptTokens(fn);
      if (route.directory) props.people.allowDirectory(fn, route.directory);
      if (route === BACK_OFFICE_ROUTE) watchDeadLetters(fn, props.deadLetters);
      this.functions.push(fn);
      byModule.set(route.module, fn);
      return fn;
    };
    // A function that serves several gateway routes (a family's) has one integration and one permission for
    // them all: the stack stays below CloudFormation's 500 resources.
    const routesOf = new Map<string, number>();
    for (const route of GATEWAY_ROUTES) routesOf.set(route.module, (routesOf.get(route.module) ?? 0) + 1);
    const integrations = new Map<string, HttpLambdaIntegration>();
    for (const route of GATEWAY_ROUTES) {
      const shared = (routesOf.get(route.module) ?? 0) > 1;
      const integration =
        (shared && integrations.get(route.module)) ||
        new HttpLambdaIntegration(`${route.id}Integration`, functionOf(route), {
          ...(shared ? { scopePermissionToRoute: false } : {}),
        });
      integrations.set(route.module, integration);
      this.httpApi.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
    }

    // Read by anyone, without a key: no table, no count of requests (API Gateway's throttling holds).
    // One function serves every console route: the console's page, the back office's, and their files.
    const consoleFiles = buildConsole();
    let consoleFunction: HouseFunction | undefined;
    let shortLinkFunction: HouseFunction | undefined;
    const functionFor = (route: ApiRoute) => {
      if (route.console && consoleFunction) return consoleFunction;
      if (route.shortLinks && shortLinkFunction) return shortLinkFunction;
      const fn = new HouseFunction(this, route.console ? 'Console' : route.id, {
        entry: join(FUNCTIONS_DIR, `${route.module}.ts`),
        description: route.console ? 'The web console and the back office' : `${route.method} ${route.path}`,
        memorySize: 256,
        assets: route.console ? consoleFiles : packageAssetsOf(route),
      });
      this.functions.push(fn);
      if (route.console) {
        consoleFunction = fn;
        // The pages tell the browser where people sign in, and may send big import files to the bucket.
        props.people.acceptTokens(fn);
        fn.configure({ exportBucket: props.exports.bucket.bucketName });
      }
      if (route.shortLinks) {
        shortLinkFunction = fn.readShortLinks(props.table);
        allowClicks(props.reports, fn);
      }
      return fn;
    };
    for (const route of OPEN_ROUTES as readonly ApiRoute[]) {
      this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, functionFor(route)),
      });
    }

    if (props.shortLinkDomain) this.serveShortLinksOn(props.shortLinkDomain, functionFor);

    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The documented API takes the API key in the JSON body (apiKey), which API Gateway authorizers cannot read; every route function authenticates it against the hashed keys before doing anything, and the fallback route only answers 404/405.',
    });

    new CfnOutput(scope, 'ApiUrl', { value: this.httpApi.apiEndpoint, description: 'Base URL of the API' });
    new CfnOutput(scope, 'ConsoleUrl', {
      value: `${this.httpApi.apiEndpoint}/`,
      description: 'The web console (team members sign in)',
    });
    new CfnOutput(scope, 'BackOfficeUrl', {
      value: `${this.httpApi.apiEndpoint}/operateurs`,
      description: 'The operators’ back office (operators group, with TOTP)',
    });
  }

  /**
   * A short custom domain for short links: its root paths (`/<code>`) reach the same function as `/l/<code>`;
   * point its DNS name at the output's target.
   */
  private serveShortLinksOn(
    domain: { name: string; certificateArn: string },
    functionFor: (route: ApiRoute) => HouseFunction,
  ) {
    const domainName = new DomainName(this, 'ShortLinkDomain', {
      domainName: domain.name,
      certificate: Certificate.fromCertificateArn(this, 'ShortLinkCertificate', domain.certificateArn),
    });
    new ApiMapping(this, 'ShortLinkMapping', {
      api: this.httpApi,
      domainName,
      stage: this.stage,
    });
    this.httpApi.addRoutes({
      path: '/{code}',
      methods: [HttpMethod.ANY],
      integration: new HttpLambdaIntegration('ShortLinkRootIntegration', functionFor(SHORT_LINK_ROUTE)),
    });
    new CfnOutput(Stack.of(this), 'ShortLinkDomainTarget', {
      value: domainName.regionalDomainName,
      description: `Point ${domain.name} at this name (a CNAME, or an alias record in Route 53)`,
    });
  }
}

/**
 * The back office reads each dead-letter queue's depth and peeks at its oldest messages, and redrives one
 * with SQS's message move task, which receives and deletes there and sends to the source queue.
 */
function watchDeadLetters(fn: HouseFunction, watched: readonly WatchedDeadLetters[]) {
  fn.addEnvironment(
    ENVIRONMENT.deadLetterQueues,
    Stack.of(fn).toJsonString(
      watched.map((dlq) => ({
        name: dlq.name,
        what: dlq.what,
        url: dlq.queue.queueUrl,
        arn: dlq.queue.queueArn,
        redrivable: dlq.source !== undefined,
      })),
    ),
  );
  for (const dlq of watched) {
    dlq.queue.grant(fn, 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage');
    if (!dlq.source) continue;
    dlq.queue.grant(fn, 'sqs:StartMessageMoveTask', 'sqs:DeleteMessage');
    dlq.source.grantSendMessages(fn);
  }
}
