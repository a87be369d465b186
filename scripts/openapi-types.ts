/**
 * `npm run openapi:types`: the TypeScript types openapi-typescript writes from our OpenAPI document,
 * kept in `test/types/openapi.d.ts` for the type test that holds the SDK to the document.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../shared/reference/openapi';

export const OPENAPI_TYPES_FILE = join(import.meta.dirname, '..', 'test', 'types', 'openapi.d.ts');

export async function openApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as never);
  return `// Written by \`npm run openapi:types\` from the OpenAPI document: do not edit.\n${astToString(ast)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OPENAPI_TYPES_FILE, await openApiTypes());
  console.log(`wrote ${OPENAPI_TYPES_FILE}`);
}
