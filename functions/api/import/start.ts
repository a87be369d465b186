import { actorOf } from '../../../shared/audit/audit';
import { objectStoreFromEnv } from '../../../shared/exports/aws/s3';
import { ok } from '../../../shared/http/envelope';
import { startImportInput } from '../../../shared/imports/import';
import { startImport } from '../../../shared/imports/use-cases';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: startImportInput,
  idempotent: true,
  ports: { objectStore: objectStoreFromEnv },
  handle: async ({ input, account, caller, runtime, ports, operationId }) =>
    ok(
      await startImport(
        { db: runtime.db, clock: runtime.clock, objectStore: ports.objectStore },
        account.id,
        input,
        actorOf(caller),
        operationId,
      ),
    ),
});
