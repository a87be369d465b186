/**
 * What IAM sees of a DynamoDB request: one call per (action, table or index) it touches, with the
 * partition keys it reads or writes as `dynamodb:LeadingKeys`. The rehearsal checks each before the
 * request reaches DynamoDB Local.
 */
import type { AwsCall } from './iam';
import { ACCOUNT, REGION } from './template';

type AttributeValue = { S?: string; N?: string };
type Item = Record<string, AttributeValue>;
type Body = Record<string, unknown>;

const tableArn = (table: string) => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${table}`;
const leadingKey = (key: Item | undefined, partition: string) => key?.[partition]?.S ?? key?.[partition]?.N;

/** The partition key value a key condition names (`pk = :pk`, or `gsi3pk = :v AND …`). */
function conditionPartition(body: Body, partition: string): string | undefined {
  const expression = String(body.KeyConditionExpression ?? '');
  const names = (body.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = (body.ExpressionAttributeValues ?? {}) as Item;
  for (const clause of expression.split(/\s+AND\s+/i)) {
    const match = /^\(?\s*([#\w]+)\s*=\s*(:\w+)\s*\)?$/.exec(clause.trim());
    if (!match) continue;
    const [, name, value] = match as unknown as [string, string, string];
    if ((names[name] ?? name) === partition) return values[value]?.S ?? values[value]?.N;
  }
  return undefined;
}

/**
 * The calls of one request. `partitionOf` names each table's (or index's) partition key attribute,
 * as the template declares it.
 */
export function dynamoDbCalls(
  operation: string,
  body: Body,
  partitionOf: (table: string, index?: string) => string,
): AwsCall[] {
  const action = `dynamodb:${operation}`;
  const single = (table: string, keys: (string | undefined)[], index?: string): AwsCall => ({
    action,
    resource: index ? `${tableArn(table)}/index/${index}` : tableArn(table),
    context: { 'dynamodb:LeadingKeys': keys.filter((key): key is string => key !== undefined) },
  });
  const table = String(body.TableName ?? '');
  switch (operation) {
    case 'GetItem':
    case 'DeleteItem':
    case 'UpdateItem':
      return [single(table, [leadingKey(body.Key as Item, partitionOf(table))])];
    case 'PutItem':
      return [single(table, [leadingKey(body.Item as Item, partitionOf(table))])];
    case 'Query': {
      const index = body.IndexName as string | undefined;
      return [single(table, [conditionPartition(body, partitionOf(table, index))], index)];
    }
    case 'BatchGetItem':
      return Object.entries((body.RequestItems ?? {}) as Record<string, { Keys: Item[] }>).map(
        ([name, request]) =>
          single(
            name,
            request.Keys.map((key) => leadingKey(key, partitionOf(name))),
          ),
      );
    case 'BatchWriteItem':
      // IAM asks for BatchWriteItem itself (not PutItem or DeleteItem), on every table the batch writes.
      return Object.entries(
        (body.RequestItems ?? {}) as Record<
          string,
          { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } }[]
        >,
      ).map(([name, requests]) =>
        single(
          name,
          requests.map((request) =>
            leadingKey(request.PutRequest?.Item ?? request.DeleteRequest?.Key, partitionOf(name)),
          ),
        ),
      );
    case 'TransactWriteItems':
      // IAM checks each item of a transaction as the single write it stands for.
      return ((body.TransactItems ?? []) as Record<string, Body>[]).map((entry) => {
        const [kind, item] = Object.entries(entry)[0] as [string, Body];
        const name = String(item.TableName);
        const operationOf: Record<string, string> = {
          Put: 'PutItem',
          Update: 'UpdateItem',
          Delete: 'DeleteItem',
          ConditionCheck: 'ConditionCheckItem',
        };
        const key = (kind === 'Put' ? item.Item : item.Key) as Item;
        return {
          ...single(name, [leadingKey(key, partitionOf(name))]),
          action: `dynamodb:${operationOf[kind]}`,
        };
      });
    default:
      return [single(table, [])];
  }
}
