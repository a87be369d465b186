import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DbOptions {
  /** DynamoDB Local's URL; absent on AWS. */
  endpoint?: string;
  region?: string;
}

export function createDynamoClient(options: DbOptions = {}): DynamoDBClient {
  const local = options.endpoint !== undefined;
  return new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? (local ? 'local' : undefined),
    ...(local
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
}

export function createDocumentClient(options: DbOptions | DynamoDBClient = {}): DynamoDBDocumentClient {
  const client = options instanceof DynamoDBClient ? options : createDynamoClient(options);
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** What every repository needs: the client and the table it works on. */
export interface Db {
  client: DynamoDBDocumentClient;
  tableName: string;
}
