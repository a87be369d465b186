/** The table a deployment would create, made in DynamoDB Local from the template alone. */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { TemplateReader } from './template';

/** Creates every `AWS::DynamoDB::Table` of the template: keys, indexes with their projections, TTL. */
export async function createTablesFromTemplate(
  client: DynamoDBClient,
  reader: TemplateReader,
): Promise<string[]> {
  const names: string[] = [];
  for (const [logicalId, table] of reader.ofType('AWS::DynamoDB::Table')) {
    const properties = reader.resolve(table.Properties ?? {}) as Record<string, unknown>;
    const name = reader.nameOf(logicalId);
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions:
          properties.AttributeDefinitions as CreateTableCommandInput['AttributeDefinitions'],
        KeySchema: properties.KeySchema as CreateTableCommandInput['KeySchema'],
        ...(properties.GlobalSecondaryIndexes
          ? {
              GlobalSecondaryIndexes:
                properties.GlobalSecondaryIndexes as CreateTableCommandInput['GlobalSecondaryIndexes'],
            }
          : {}),
      }),
    );
    const ttl = properties.TimeToLiveSpecification as
      | { AttributeName?: string; Enabled?: boolean }
      | undefined;
    if (ttl?.Enabled && ttl.AttributeName) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: name,
          TimeToLiveSpecification: { AttributeName: ttl.AttributeName, Enabled: true },
        }),
      );
    }
    names.push(name);
  }
  return names;
}
