import { objectStoreFromEnv } from '../../../shared/exports/aws/s3';
import { exportInput } from '../../../shared/exports/export';
import { exportWithLink } from '../../../shared/exports/use-cases';
import { ok } from '../../../shared/http/envelope';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: exportInput,
  pathId: 'export',
  ports: { objectStore: objectStoreFromEnv },
  handle: async ({ account, id, runtime, ports }) =>
    ok(
      await exportWithLink(
        { db: runtime.db, clock: runtime.clock, objectStore: ports.objectStore },
        account.id,
        id,
      ),
    ),
});
