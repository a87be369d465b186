import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { findRoute, OPERATOR_ROUTES } from '../../functions/api/routes';
import { openApiDocument } from '../../shared/reference/openapi';

/**
 * Holds an answer of the API to the OpenAPI document: the schema of its route and status. An
 * answer for a status the route does not document, or with a field the schema does not have,
 * is an error here, so the end-to-end test that received it fails.
 */
// biome-ignore lint/suspicious/noExplicitAny: the document is walked field by field
const document = openApiDocument() as any;
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map<string, ValidateFunction>();

export class AnswerOffContract extends Error {
  override readonly name = 'AnswerOffContract';
}

export function checkAnswer(method: string, path: string, status: number, body: unknown): void {
  // The back office's paths are the document's, behind the gateway's one `/v1/operator/{proxy+}` route.
  const operatorMatch = findRoute(method, path, OPERATOR_ROUTES);
  const match = operatorMatch.kind === 'route' ? operatorMatch : findRoute(method, path);
  if (match.kind !== 'route') return;
  const operation = document.paths[match.route.path]?.[match.route.method.toLowerCase()];
  if (!operation) return;
  const key = `${match.route.method} ${match.route.path} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const response = operation.responses[String(status)];
    if (!response) {
      throw new AnswerOffContract(`${key}: the document has no ${status} answer for this route`);
    }
    validate = ajv.compile({
      ...response.content['application/json'].schema,
      components: document.components,
    });
    validators.set(key, validate);
  }
  if (!validate(body)) {
    throw new AnswerOffContract(
      `${key}: the answer does not fit the document: ${ajv.errorsText(validate.errors, { separator: '; ' })}\n${JSON.stringify(body).slice(0, 600)}`,
    );
  }
}

/** `fetch`, holding each answer it gets to the document: for clients under test (the SDK's). */
export const checkedFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const text = await response.clone().text();
  const url = new URL(input instanceof Request ? input.url : String(input));
  checkAnswer(init?.method ?? 'GET', url.pathname, response.status, text ? JSON.parse(text) : undefined);
  return response;
};
