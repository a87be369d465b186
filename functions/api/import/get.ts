import { objectStoreFromEnv } from '../../../shared/exports/aws/s3';
import { ok } from '../../../shared/http/envelope';
import { importInput } from '../../../shared/imports/import';
import { importWithLink } from '../../../shared/imports/use-cases';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: importInput,
  pathId: 'import',
  ports: { objectStore: objectStoreFromEnv },
  handle: async ({ account, id, runtime, ports }) =>
    ok(
      await importWithLink(
        { db: runtime.db, clock: runtime.clock, objectStore: ports.objectStore },
        account.id,
        id,
      ),
    ),
});
