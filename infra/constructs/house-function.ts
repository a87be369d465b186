import { join, relative } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { environmentOf, type Settings } from '../../shared/config';
import type { IndexName } from '../../shared/db/table';

const TABLE_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

const REPOSITORY = join(import.meta.dirname, '..', '..');
/** The template metadata naming a function's handler module, relative to the repository. */
export const ENTRY_METADATA = 'house:entry';

/** How every function is bundled, in esbuild's terms (the bundles bench builds with the same). */
export const HOUSE_BUNDLING = {
  format: 'esm' as const,
  minify: true,
  target: 'node24',
  mainFields: ['module', 'main'],
  alias: {
    '@aws-sdk/credential-provider-node': join(REPOSITORY, 'shared', 'aws', 'lambda-credentials.ts'),
  },
  // Some dependencies still call require(); ESM bundles need it defined.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
};

export interface HouseFunctionProps {
  /** Path of the module that exports `handler`. */
  entry: string;
  /** A name of its own, when its ARN must be known before it exists (a function that schedules itself). */
  functionName?: string;
  description: string;
  /** Its settings (`shared/config.ts`), set as the environment variables the runtime reads. */
  settings?: Settings;
  timeout?: Duration;
  memorySize?: number;
  /** Where asynchronous invocations (EventBridge Scheduler's) go once Lambda's own retries are spent. */
  deadLetterQueue?: IQueue;
  /** Files (or folders) copied beside the bundle, by the name the function reads them as (its static assets). */
  assets?: Record<string, string>;
}

/**
 * Every function of the platform, with the house defaults: ESM, minified with source maps, arm64,
 * the latest Node.js runtime, bundled by the local esbuild (never Docker), its own log group and a
 * role that may write only there until a construct grants it more.
 */
export class HouseFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: HouseFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${id}`,
    });
    logGroup.grantWrite(role);
    super(scope, id, {
      entry: props.entry,
      ...(props.functionName ? { functionName: props.functionName } : {}),
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
      environment: { NODE_OPTIONS: '--enable-source-maps', ...environmentOf(props.settings ?? {}) },
      bundling: {
        format: OutputFormat.ESM,
        minify: HOUSE_BUNDLING.minify,
        sourceMap: true,
        target: HOUSE_BUNDLING.target,
        mainFields: HOUSE_BUNDLING.mainFields,
        banner: HOUSE_BUNDLING.banner.js,
        esbuildArgs: Object.fromEntries(
          Object.entries(HOUSE_BUNDLING.alias).map(([name, path]) => [`--alias:${name}`, path]),
        ),
        // CDK leaves `@aws-sdk/*` to the runtime's copy by default: measured slower to load, and of a
        // version nobody tested. Each bundle carries the SDK it was built and rehearsed with.
        bundleAwsSDK: true,
        forceDockerBundling: false,
        ...(props.assets && Object.keys(props.assets).length
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_input: string, output: string) =>
                  Object.entries(props.assets ?? {}).map(
                    ([name, source]) => `cp -R "${source}" "${output}/${name}"`,
                  ),
              },
            }
          : {}),
      },
    });
    // Which module it runs, so a test can load each with the very settings the template gives it.
    (this.node.defaultChild as CfnFunction).addMetadata(ENTRY_METADATA, relative(REPOSITORY, props.entry));
  }

  /**
   * Grants the table access this function needs, naming each index it queries rather than
   * `index/*`, and tells it the table's name.
   */
  useTable(table: ITable, access: 'read' | 'readWrite', indexes: readonly IndexName[] = ['gsi1']): this {
    this.addToRolePolicy(
      new PolicyStatement({
        actions: TABLE_READ_ACTIONS,
        resources: [table.tableArn, ...indexes.map((index) => `${table.tableArn}/index/${index}`)],
      }),
    );
    if (access === 'readWrite') {
      this.addToRolePolicy(
        new PolicyStatement({ actions: TABLE_WRITE_ACTIONS, resources: [table.tableArn] }),
      );
    }
    this.configure({ tableName: table.tableName });
    return this;
  }

  /**
   * Lets an API function count requests against their key's allowance, even on a read-only route:
   * updates only, and only of the per-key partitions (`ACCOUNT#…#APIKEY#…`, see `keys.requestRate`).
   */
  countRequests(table: ITable, requestsPerSecondPerKey: number): this {
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ACCOUNT#*#APIKEY#*'] } },
      }),
    );
    this.configure({ requestsPerSecondPerKey: String(requestsPerSecondPerKey) });
    return this;
  }

  /**
   * Lets the redirect read short links, and nothing else of the table: one item by its key, only in the
   * links' partitions (`LINK#…`, see `keys.shortLink`).
   */
  readShortLinks(table: ITable): this {
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['LINK#*'] } },
      }),
    );
    this.configure({ tableName: table.tableName });
    return this;
  }

  /** Adds settings, under the environment variables the runtime reads them from. */
  configure(settings: Settings): this {
    for (const [name, value] of Object.entries(environmentOf(settings))) this.addEnvironment(name, value);
    return this;
  }
}
