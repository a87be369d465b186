/**
 * The OpenAPI 3.1 document of the API, written from the route list (`functions/api/routes.ts`) and
 * each route's reference (`routes.ts` here: the schemas the API validates with and answers by).
 * Nothing in it is written by hand twice: a new route without a reference fails a test.
 */
import * as z from 'zod';
import { API_ROUTES, type ApiRoute, OPERATOR_ROUTES } from '../../functions/api/routes';
import { ROLES, type Role } from '../accounts/roles';
import { type ErrorCode, errorStatus } from '../errors';
import { pageInfoSchema } from './answers';
import { OPERATOR_REFERENCE } from './operator-routes';
import { ROUTE_REFERENCE, type RouteReference } from './routes';

type JsonObject = Record<string, unknown>;

/** Errors any route with a key may answer. */
const EVERY_ROUTE: readonly ErrorCode[] = [
  'invalid-json',
  'validation-error',
  'account-required',
  'invalid-api-key',
  'invalid-token',
  'forbidden',
  'account-suspended',
  'payload-too-large',
  'rate-limited',
  'internal-error',
];
/** Errors any operators' route may answer (no key, no rate per key: an operator's token, with TOTP). */
const EVERY_OPERATOR_ROUTE: readonly ErrorCode[] = [
  'invalid-json',
  'validation-error',
  'invalid-token',
  'forbidden',
  'totp-required',
  'payload-too-large',
  'internal-error',
];
const IDEMPOTENT_ROUTE: readonly ErrorCode[] = ['idempotency-key-reused', 'request-in-progress'];

const OPERATORS_ONLY =
  'Réservé aux opérateurs de la plateforme : jeton de connexion (Authorization: Bearer) d’un membre du groupe operators, connecté avec un code TOTP. Les clés API et les utilisateurs des clients reçoivent 403 forbidden.';

const WHY: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Clé API absente, inconnue ou révoquée, ou jeton de connexion invalide ou expiré',
  403: 'Rôle insuffisant, compte non autorisé, ou limite du compte atteinte',
  404: 'Introuvable dans ce compte',
  409: 'Conflit',
  413: 'Corps de requête trop grand (plus de 2 Mio)',
  429: 'Trop de requêtes pour cette clé dans la seconde',
  500: 'Erreur inattendue : citez requestId',
};

/** A schema as JSON Schema, without the keys OpenAPI does not want inside a document. */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonObject;
  return rest;
}

/** Answers with an id in their metadata are components, referred to by name. */
function answerSchema(schema: z.ZodType): JsonObject {
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: `#/components/schemas/${id}` } : jsonSchemaOf(schema, 'output');
}

function components(): JsonObject {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    io: 'output',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  }) as unknown as { schemas: Record<string, JsonObject> };
  return Object.fromEntries(
    Object.entries(schemas).map(([name, { $schema: _, $id: __, ...schema }]) => [name, schema]),
  );
}

const rateLimitHeaders = {
  'x-ratelimit-limit': {
    description: 'Requêtes permises à cette clé par seconde',
    schema: { type: 'integer' },
  },
  'x-ratelimit-remaining': {
    description: 'Requêtes qui restent à cette clé dans la seconde en cours',
    schema: { type: 'integer' },
  },
  'x-request-id': {
    description: 'Identifiant de la requête (à citer au support)',
    schema: { type: 'string' },
  },
};

const MONEY_JSON: JsonObject = {
  type: 'object',
  properties: { amount: { type: 'number' }, currency: { type: 'string' } },
  required: ['amount', 'currency'],
  additionalProperties: false,
};

/** A route's role, as the reference names it (the roles are the contract's words). */
const ROLE_LABEL: Record<Role, string> = {
  viewer: '`viewer` (lecture)',
  editor: '`editor` (envois et contacts)',
  admin: '`admin` (webhooks, clés, réglages)',
  owner: '`owner`',
};

const errorEnvelope = (codes: readonly ErrorCode[]): JsonObject => ({
  type: 'object',
  properties: {
    success: { const: false },
    data: { type: 'null' },
    error: { type: 'string', enum: [...codes] },
    message: { type: 'string' },
    details: {
      oneOf: [
        {
          type: 'array',
          description: 'Les champs fautifs',
          items: {
            type: 'object',
            properties: { path: { type: 'string' }, message: { type: 'string' } },
            required: ['path', 'message'],
            additionalProperties: false,
          },
        },
        {
          type: 'object',
          description: 'Un refus de paiement : le coût et ce qui est disponible',
          properties: { cost: MONEY_JSON, available: MONEY_JSON, maxCost: MONEY_JSON },
          required: ['cost'],
          additionalProperties: false,
        },
        {
          type: 'object',
          description: 'Un refus de rôle (forbidden) : le rôle nécessaire et celui de la clé',
          properties: { needed: { enum: [...ROLES] }, held: { enum: [...ROLES] } },
          required: ['needed', 'held'],
          additionalProperties: false,
        },
      ],
    },
    requestId: { type: 'string' },
  },
  required: ['success', 'data', 'error', 'message', 'requestId'],
  additionalProperties: false,
});

function successEnvelope(reference: RouteReference): JsonObject {
  const data = answerSchema(reference.answer);
  const pageFields = jsonSchemaOf(pageInfoSchema, 'output') as { properties: JsonObject; required: string[] };
  return {
    type: 'object',
    properties: {
      success: { const: true },
      data: reference.list ? { type: 'array', items: data } : data,
      error: { type: 'null' },
      ...(reference.list ? pageFields.properties : {}),
    },
    required: ['success', 'data', 'error', ...(reference.list ? pageFields.required : [])],
    additionalProperties: false,
  };
}

const COMMON_FIELDS: Record<string, string> = {
  page: 'Numéro de page (à partir de 1)',
  count: 'Nombre d’éléments par page',
};

/** The body's JSON Schema, each field described in French; a described field the schema lacks is a mistake. */
function bodySchema(route: ApiRoute, reference: RouteReference) {
  const body = jsonSchemaOf(reference.body, 'input') as { properties?: Record<string, JsonObject> };
  const properties = body.properties ?? {};
  for (const field of Object.keys(reference.fields ?? {})) {
    if (!properties[field])
      throw new Error(`${route.id}: the reference describes ${field}, which its body lacks`);
  }
  const described = Object.fromEntries(
    Object.entries(properties).map(([field, schema]) => {
      const text = reference.fields?.[field] ?? COMMON_FIELDS[field];
      return [field, text ? { ...schema, description: text } : schema];
    }),
  );
  return { ...body, properties: described };
}

function operation(route: ApiRoute, reference: RouteReference, operator = false): JsonObject {
  const body = bodySchema(route, reference);
  const codes = [
    ...(operator ? EVERY_OPERATOR_ROUTE : EVERY_ROUTE),
    ...(reference.idempotent ? IDEMPOTENT_ROUTE : []),
    ...(reference.errors ?? []),
  ];
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const parameters = [
    ...(route.path.includes('{id}')
      ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Identifiant' }]
      : []),
    ...(reference.idempotent
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', maxLength: 255 },
            description:
              'Une requête renvoyée avec la même clé et le même corps reçoit la même réponse, sans rien créer deux fois (24 heures).',
          },
        ]
      : []),
  ];
  return {
    operationId: route.id.charAt(0).toLowerCase() + route.id.slice(1),
    tags: [reference.tag],
    summary: reference.summary,
    ...(reference.description || route.role || operator
      ? {
          description: [
            reference.description,
            route.role ? `Rôle nécessaire : ${ROLE_LABEL[route.role]}.` : '',
            operator ? OPERATORS_ONLY : '',
          ]
            .filter(Boolean)
            .join('\n\n'),
        }
      : {}),
    ...(route.role ? { 'x-role': route.role } : {}),
    // The key in the body (`apiKey`), or in either header; an operator's token in the header only.
    security: operator ? [{ porteur: [] }] : [{}, { cleApi: [] }, { porteur: [] }],
    ...(parameters.length ? { parameters } : {}),
    requestBody: {
      required: false,
      content: {
        'application/json': {
          schema: {
            ...body,
            properties: {
              ...(operator
                ? {}
                : {
                    apiKey: {
                      type: 'string',
                      description: 'Clé API (ou en-tête x-api-key, ou Authorization: Bearer)',
                    },
                  }),
              ...body.properties,
            },
          },
          ...(reference.moreExamples
            ? {
                examples: {
                  ...(reference.example
                    ? { standard: { summary: 'Exemple', value: reference.example.request } }
                    : {}),
                  ...Object.fromEntries(
                    Object.entries(reference.moreExamples).map(([name, { summary, request }]) => [
                      name,
                      { summary, value: request },
                    ]),
                  ),
                },
              }
            : reference.example
              ? { example: reference.example.request }
              : {}),
        },
      },
    },
    responses: {
      [String(reference.status)]: {
        description: reference.status === 201 ? 'Créé' : 'Succès',
        headers: operator ? { 'x-request-id': rateLimitHeaders['x-request-id'] } : rateLimitHeaders,
        content: {
          'application/json': {
            schema: successEnvelope(reference),
            ...(reference.example?.answer
              ? { example: { success: true, data: reference.example.answer, error: null } }
              : {}),
          },
        },
      },
      ...Object.fromEntries(
        [...byStatus.entries()]
          .sort(([a], [b]) => a - b)
          .map(([status, statusCodes]) => [
            String(status),
            {
              description: `${WHY[status] ?? 'Erreur'} : ${statusCodes.join(', ')}`,
              headers:
                status === 429
                  ? {
                      ...rateLimitHeaders,
                      'retry-after': { schema: { type: 'integer' }, description: 'Secondes' },
                    }
                  : { 'x-request-id': rateLimitHeaders['x-request-id'] },
              content: { 'application/json': { schema: errorEnvelope(statusCodes) } },
            },
          ]),
      ),
    },
  };
}

const DESCRIPTION = `API REST d'envoi de campagnes SMS.

Toutes les requêtes sont des \`POST\` au corps JSON ; la clé API va dans le corps (\`apiKey\`), ou dans l'en-tête \`x-api-key\`, ou \`Authorization: Bearer …\`.
Toutes les réponses suivent le format \`{ success, data, error }\` ; les listes y ajoutent \`totalCount\`, \`count\`, \`page\` et \`totalPage\`.
Une erreur donne un code stable dans \`error\`, un \`message\`, les champs fautifs dans \`details\` et un \`requestId\`.
Les numéros s'écrivent avec l'indicatif du pays, sans + (\`2250700000001\`).`;

/** The whole document; `serverUrl` when the caller knows where the API answers. */
export function openApiDocument(options: { serverUrl?: string } = {}): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of API_ROUTES) {
    const reference = (ROUTE_REFERENCE as Record<string, RouteReference>)[route.id];
    if (!reference) throw new Error(`route ${route.id} has no reference in shared/reference/routes.ts`);
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route, reference) };
  }
  for (const route of OPERATOR_ROUTES) {
    const reference: RouteReference = OPERATOR_REFERENCE[route.id];
    paths[route.path] = { ...paths[route.path], post: operation(route, reference, true) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'API SMS', version: '1.0.0', description: DESCRIPTION },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [
      ...new Set(
        [...Object.values(ROUTE_REFERENCE), ...Object.values(OPERATOR_REFERENCE)].map(
          (reference) => reference.tag,
        ),
      ),
    ].map((name) => ({
      name,
    })),
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        cleApi: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Clé API dans un en-tête' },
        porteur: { type: 'http', scheme: 'bearer', description: 'Clé API en Authorization: Bearer' },
      },
    },
  };
}
