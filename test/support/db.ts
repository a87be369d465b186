import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { ensureTable } from '../../local/table';
import { createDocumentClient, createDynamoClient, type Db } from '../../shared/db/client';

/** A fresh table in the run's DynamoDB Local, so test files never see each other's data. */
export async function createTestDb(): Promise<Db> {
  const base = createDynamoClient({ endpoint: inject('dynamoEndpoint') });
  const tableName = `test-${randomBytes(6).toString('hex')}`;
  await ensureTable(base, tableName);
  return { client: createDocumentClient(base), tableName };
}
