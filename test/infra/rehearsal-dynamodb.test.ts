import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../infra/app';
import { dynamoDbCalls } from '../../rehearsal/dynamodb-calls';
import { type AwsCall, authorize, policiesOfRole } from '../../rehearsal/iam';
import { createTablesFromTemplate } from '../../rehearsal/table';
import { type Template, TemplateReader } from '../../rehearsal/template';
import { createDynamoClient } from '../../shared/db/client';

let reader: TemplateReader;

beforeAll(() => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const { stack } = buildApp(app);
  reader = new TemplateReader(app.synth().getStackByName(stack.stackName).template as Template);
});

const partitionOf = (_table: string, index?: string) => (index ? `${index}pk` : 'pk');

describe('the rehearsal, on DynamoDB', () => {
  it('creates the table from the template alone: keys, indexes with their projections, TTL', async () => {
    const client = createDynamoClient({ endpoint: inject('dynamoEndpoint') });
    const renamed = new TemplateReader({
      Resources: Object.fromEntries(
        reader.ofType('AWS::DynamoDB::Table').map(([id, table]) => [
          id,
          {
            ...table,
            Properties: { ...table.Properties, TableName: `rehearsal-${Date.now().toString(36)}` },
          },
        ]),
      ),
    });
    const [name] = await createTablesFromTemplate(client, renamed);
    const described = (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
    expect(described?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(
      described?.GlobalSecondaryIndexes?.map((index) => [
        index.IndexName,
        index.Projection?.ProjectionType,
      ]).sort(),
    ).toEqual([
      ['gsi1', 'ALL'],
      ['gsi2', 'ALL'],
      ['gsi3', 'KEYS_ONLY'],
      ['gsi4', 'KEYS_ONLY'],
      ['gsi5', 'KEYS_ONLY'],
    ]);
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe('expiresAt');
    client.destroy();
  });

  it('turns requests into the calls IAM checks: the index queried, the partition keys touched', () => {
    const query = dynamoDbCalls(
      'Query',
      {
        TableName: 't',
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :pk AND begins_with(gsi3sk, :prefix)',
        ExpressionAttributeValues: { ':pk': { S: 'ACCOUNT#a1#CAMPAIGNS' }, ':prefix': { S: 'x' } },
      },
      partitionOf,
    );
    expect(query).toEqual([
      {
        action: 'dynamodb:Query',
        resource: 'arn:aws:dynamodb:eu-west-1:123456789012:table/t/index/gsi3',
        context: { 'dynamodb:LeadingKeys': ['ACCOUNT#a1#CAMPAIGNS'] },
      },
    ]);
    const transaction = dynamoDbCalls(
      'TransactWriteItems',
      {
        TransactItems: [
          { Put: { TableName: 't', Item: { pk: { S: 'ACCOUNT#a1' }, sk: { S: 'CAMPAIGN#c' } } } },
          { Update: { TableName: 't', Key: { pk: { S: 'ACCOUNT#a1' }, sk: { S: 'ACCOUNT' } } } },
        ],
      },
      partitionOf,
    );
    expect(transaction.map((call) => call.action)).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem']);
  });

  it("denies a read-only route's write to an account's items, allows its key's request count", async () => {
    const role =
      reader.ofType('AWS::IAM::Role').find(([id]) => id.startsWith('ApiCampaignListRole'))?.[0] ?? '';
    const table = reader.nameOf(reader.ofType('AWS::DynamoDB::Table')[0]?.[0] ?? '');
    const update = (pk: string) =>
      dynamoDbCalls(
        'UpdateItem',
        { TableName: table, Key: { pk: { S: pk }, sk: { S: 'x' } } },
        partitionOf,
      )[0] as AwsCall;
    const policies = policiesOfRole(reader, role);
    expect((await authorize(reader, role, policies, update('ACCOUNT#a1#APIKEY#k'))).allowed).toBe(true);
    expect((await authorize(reader, role, policies, update('ACCOUNT#a1'))).allowed).toBe(false);
  });
});
