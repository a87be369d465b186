import { randomUUID } from 'node:crypto';
import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import type { Account } from '../accounts/account';
import { membershipsOfUser } from '../accounts/member-repository';
import { type RequestAllowance, takeRequest } from '../accounts/rate-limit';
import { authenticate, getAccount } from '../accounts/repository';
import { type Caller, OPERATORS_GROUP, type Role, roleAllows } from '../accounts/roles';
import type { Actor } from '../audit/audit';
import type { Port } from '../config';
import { AppError, notFound, type PathEntity } from '../errors';
import { isId } from '../ids';
import type { Logger } from '../logger';
import type { Ports } from '../ports';
import { type PortFactories, portsOf, type Runtime, requireConfiguration, runtime } from '../runtime';
import { errorResponse, type Reply, successResponse } from './envelope';
import { fingerprintOf, type IdempotentAttempt, idempotent } from './idempotency';
import { parseInput } from './validation';

type Result = APIGatewayProxyStructuredResultV2;

/** What the pipeline learns about a request on its way to the handler. */
interface RequestState {
  requestId: string;
  startedAt: number;
  log: Logger;
  runtime: Runtime;
  body?: Record<string, unknown>;
  account?: Account;
  caller?: Caller;
  allowance?: RequestAllowance;
  operator?: Operator;
  input?: unknown;
  pathId?: string;
}

type ApiEvent = APIGatewayProxyEventV2 & { state?: RequestState };

const stateOf = (event: ApiEvent): RequestState => {
  if (!event.state) throw new Error('the request pipeline did not run');
  return event.state;
};

/** Request id, one log line per request, and the envelope around every answer, failed or not. */
const envelope = (): MiddlewareObj<ApiEvent, Result> => ({
  before: ({ event, context }) => {
    const rt = runtime();
    const requestId = event.requestContext?.requestId || context.awsRequestId || randomUUID();
    event.state = {
      requestId,
      startedAt: Date.now(),
      runtime: rt,
      log: rt.log.child({ requestId, method: event.requestContext?.http?.method, path: event.rawPath }),
    };
  },
  after: (request) => {
    const state = stateOf(request.event);
    const { response } = request;
    if (response && state.allowance) request.response = withAllowance(response, state.allowance);
    state.log.info('request', {
      status: response?.statusCode,
      accountId: state.account?.id,
      durationMs: Date.now() - state.startedAt,
    });
  },
  onError: (request) => {
    const state = request.event.state;
    const requestId = state?.requestId ?? randomUUID();
    const response = errorResponse(request.error, requestId);
    const log = state?.log ?? runtime().log.child({ requestId });
    const fields = {
      status: response.statusCode,
      accountId: state?.account?.id,
      durationMs: state ? Date.now() - state.startedAt : undefined,
    };
    if (response.statusCode === 500) log.error('request failed', { ...fields, error: request.error });
    else log.info('request', { ...fields, error: (request.error as AppError).code });
    request.response = state?.allowance ? withAllowance(response, state.allowance) : response;
  },
});

/** Every answer to a known key tells how many more requests it may make this second. */
const withAllowance = (response: Result, allowance: RequestAllowance): Result => ({
  ...response,
  headers: {
    ...response.headers,
    'x-ratelimit-limit': String(allowance.limit),
    'x-ratelimit-remaining': String(Math.max(0, allowance.remaining)),
  },
});

/** The body must be a JSON object no larger than the configured limit. */
const jsonBody = (): MiddlewareObj<ApiEvent, Result> => ({
  before: ({ event }) => {
    const state = stateOf(event);
    const raw = event.body ?? '';
    const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    if (Buffer.byteLength(text, 'utf8') > state.runtime.maxBodyBytes) {
      throw new AppError(
        'payload-too-large',
        `The request body is larger than ${state.runtime.maxBodyBytes} bytes.`,
      );
    }
    let parsed: unknown;
    try {
      parsed = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      throw new AppError('invalid-json', 'The request body is not valid JSON.');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new AppError('invalid-json', 'The request body must be a JSON object.');
    }
    state.body = parsed as Record<string, unknown>;
  },
});

/** The API key of a request: the body's `apiKey` first, else `Authorization: Bearer …`, else `x-api-key`. */
export function apiKeyOf(
  body: Record<string, unknown>,
  headers: Record<string, string | undefined>,
): unknown {
  if (body.apiKey !== undefined) return body.apiKey;
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization?.trim() ?? '');
  return bearer?.[1] ?? headers['x-api-key'];
}

/** A JSON Web Token (a signed-in user's) has three base64url parts; an API key has none of that shape. */
export const looksLikeToken = (credential: string): boolean => /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(credential);

/** Who a request comes from: an API key (as ever), or a user's token and the account they act in. */
const authenticateCaller = (anyAccount: boolean): MiddlewareObj<ApiEvent, Result> => ({
  before: async ({ event }) => {
    const state = stateOf(event);
    const body = state.body ?? {};
    const credential = apiKeyOf(body, event.headers ?? {});
    delete body.apiKey;
    const usable = typeof credential === 'string' && credential.length > 0 && credential.length <= 4096;
    const found = !usable
      ? undefined
      : looksLikeToken(credential)
        ? await signedInCaller(state.runtime, credential, event.headers?.['x-account-id'], anyAccount)
        : await keyCaller(state.runtime, credential);
    if (!found) {
      throw new AppError(
        'invalid-api-key',
        credential === undefined ? 'An API key is required.' : 'The API key is unknown or revoked.',
      );
    }
    state.account = found.account;
    state.caller = found.caller;
    state.log = state.log.child({ accountId: found.account.id, [`${found.caller.by}Id`]: found.caller.id });
  },
});

async function keyCaller(
  rt: Runtime,
  apiKey: string,
): Promise<{ account: Account; caller: Caller } | undefined> {
  if (apiKey.length > 256) return undefined;
  const found = await authenticate(rt.db, apiKey);
  if (!found) return undefined;
  const { account, key } = found;
  return {
    account,
    caller: {
      accountId: account.id,
      role: key.role,
      by: 'key',
      id: key.keyId,
      label: key.name ?? key.preview,
    },
  };
}

/**
 * A user's token, checked by the user pool's keys, then their membership in the account they ask for
 * (`x-account-id`, needed when they belong to several), read from the table at each request: a role
 * change or a removal holds from the next one. Another account's id is refused like one that does not exist.
 */
async function signedInCaller(
  rt: Runtime,
  token: string,
  accountId: string | undefined,
  anyAccount: boolean,
): Promise<{ account: Account; caller: Caller }> {
  const user = await rt.ports.userTokens?.verify(token);
  if (!user) throw new AppError('invalid-token', 'The sign-in token is invalid or expired: sign in again.');
  const memberships = await membershipsOfUser(rt.db, user.userId);
  if (accountId === undefined && memberships.length > 1 && !anyAccount) {
    throw new AppError(
      'account-required',
      'You belong to several accounts: say which in the x-account-id header.',
      {
        details: [{ path: 'x-account-id', message: 'required when the user belongs to several accounts' }],
      },
    );
  }
  const member =
    accountId === undefined ? memberships[0] : memberships.find((m) => m.accountId === accountId);
  const account = member && (await getAccount(rt.db, member.accountId));
  if (!member || !account) throw new AppError('forbidden', 'You are not a member of this account.');
  return {
    account,
    caller: { accountId: account.id, role: member.role, by: 'user', id: member.userId, label: member.email },
  };
}

/**
 * A suspended account's keys and members are refused everything but who they are (`/v1/me`, which
 * names the account's state): operators suspend an account to stop it at once.
 */
const refuseSuspended = (anyAccount: boolean): MiddlewareObj<ApiEvent, Result> => ({
  before: ({ event }) => {
    const account = stateOf(event).account as Account;
    if (account.suspension && !anyAccount) {
      throw new AppError(
        'account-suspended',
        `This account is suspended (${account.suspension.reason}): contact the platform's support.`,
      );
    }
  },
});

/** Which role a route needs, by its route key (`POST /v1/campaign/create`); undefined: none declared. */
export type RoleOfRoute = (routeKey: string) => Role | undefined;

/** The caller's role must allow the route's (a route that declares none is refused: closed by default). */
const authorize = (roleOf: RoleOfRoute): MiddlewareObj<ApiEvent, Result> => ({
  before: ({ event }) => {
    const state = stateOf(event);
    const needed = roleOf(event.routeKey);
    const caller = state.caller as Caller;
    const held = caller.role;
    if (!needed) throw new AppError('forbidden', `This route (${event.routeKey}) declares no role.`);
    if (!roleAllows(held, needed)) {
      throw new AppError(
        'forbidden',
        `This needs the ${needed} role; ${caller.by === 'key' ? 'this API key' : 'you'} ha${caller.by === 'key' ? 's' : 've'} ${held}.`,
        {
          details: { needed, held },
        },
      );
    }
  },
});

/** Each key may make so many requests a second: its account's plan says, or the platform's setting. */
const requestAllowance = (): MiddlewareObj<ApiEvent, Result> => ({
  before: async ({ event }) => {
    const state = stateOf(event);
    const account = state.account as Account;
    state.allowance = await takeRequest(state.runtime.db, {
      accountId: account.id,
      keyId: (state.caller as Caller).id,
      now: state.runtime.clock.now(),
      limit: account.plan.requestsPerSecond ?? state.runtime.requestsPerSecondPerKey,
    });
  },
});

const validateBody = (schema: z.ZodType): MiddlewareObj<ApiEvent, Result> => ({
  before: ({ event }) => {
    const state = stateOf(event);
    state.input = parseInput(schema, state.body ?? {});
  },
});

/** The path's `{id}` is checked as the body is: a malformed one names nothing (404, as an unknown one). */
const pathIdOf = (entity: PathEntity | undefined): MiddlewareObj<ApiEvent, Result> => ({
  before: ({ event }) => {
    if (!entity) return;
    const id = event.pathParameters?.id;
    if (!isId(id)) throw notFound(entity, id);
    stateOf(event).pathId = id;
  },
});

export interface ApiRequest<TInput, P extends Port = never> {
  input: TInput;
  account: Account;
  /** Who asks, with which role. */
  caller: Caller;
  /** The path's `{id}`, checked to be a well-formed id (routes that declare `pathId`; '' on others). */
  id: string;
  runtime: Runtime;
  /** The ports the route declared it needs. */
  ports: Pick<Ports, P>;
  log: Logger;
  /** On a create sent with an `Idempotency-Key`: the same for every attempt at it, so a retry can name what it makes alike. */
  operationId?: string;
}

/**
 * The route's answer in the envelope; with an `Idempotency-Key` on an idempotent route, once per key in
 * `scope` (an account, or an operator), a retry getting the first answer.
 */
async function answer(
  event: ApiEvent,
  context: Context,
  options: { idempotent: boolean; scope: string },
  handle: (attempt?: IdempotentAttempt) => Promise<Reply>,
): Promise<Result> {
  const state = stateOf(event);
  const run = async (attempt?: IdempotentAttempt) => successResponse(await handle(attempt), state.requestId);
  if (!options.idempotent) return run();
  const result = await idempotent(
    {
      db: state.runtime.db,
      clock: state.runtime.clock,
      accountId: options.scope,
      key: event.headers?.['idempotency-key'],
      fingerprint: fingerprintOf(event.rawPath, state.body),
      remainingMs: context?.getRemainingTimeInMillis?.() ?? FALLBACK_REMAINING_MS,
    },
    run,
  );
  return { ...result, headers: { ...result.headers, 'x-request-id': state.requestId } };
}

/** What a route may still take when Lambda gives no deadline (a handler called outside Lambda). */
const FALLBACK_REMAINING_MS = 10_000;

/**
 * Every API route goes through this one pipeline: envelope and logs, JSON body, API key, the key's
 * requests per second, strict validation of the body against the route's schema, then the route's
 * own function.
 */
export interface RouteSpec<S extends z.ZodType, P extends Port = never> {
  body: S;
  /** The role each route needs (`functions/api/routes.ts` declares them). */
  roleOf: RoleOfRoute;
  /** Accepts an `Idempotency-Key` header (creates). */
  idempotent?: boolean;
  /** The ports the route uses, each with its AWS adapter; a function configured without them fails as it loads. */
  ports?: PortFactories<P>;
  /** What the path's `{id}` names, for routes that have one. */
  pathId?: PathEntity;
  /** A route about the caller rather than one account: a user of several need not say which (`x-account-id`). */
  anyAccount?: boolean;
  handle: (request: ApiRequest<z.infer<S>, P>) => Promise<Reply>;
}

export function apiHandler<S extends z.ZodType, P extends Port = never>(route: RouteSpec<S, P>) {
  const needs = requireConfiguration({ table: true, ports: route.ports ?? ({} as PortFactories<P>) });
  const handler = middy<ApiEvent, Result>({ timeoutEarlyInMillis: 0 })
    .use(envelope())
    .use(jsonBody())
    .use(authenticateCaller(route.anyAccount === true))
    .use(refuseSuspended(route.anyAccount === true))
    .use(authorize(route.roleOf))
    .use(requestAllowance())
    .use(validateBody(route.body))
    .use(pathIdOf(route.pathId))
    .handler(async (event: ApiEvent, context: Context) => {
      const state = stateOf(event);
      const account = state.account as Account;
      return answer(event, context, { idempotent: route.idempotent === true, scope: account.id }, (attempt) =>
        route.handle({
          input: state.input as z.infer<S>,
          account,
          caller: state.caller as Caller,
          id: state.pathId ?? '',
          runtime: state.runtime,
          ports: portsOf(state.runtime, needs),
          log: state.log,
          ...(attempt ? { operationId: attempt.operationId } : {}),
        }),
      );
    });
  // What the reference must say of the route (`shared/reference/routes.ts`; a test compares them).
  return Object.assign(handler, { contract: { body: route.body, idempotent: route.idempotent === true } });
}

/** A route that takes no body and no key (the fallback for unknown routes). */
export function openHandler(handle: (event: APIGatewayProxyEventV2) => Promise<Reply>) {
  return middy<ApiEvent, Result>({ timeoutEarlyInMillis: 0 })
    .use(envelope())
    .handler(async (event: ApiEvent) => successResponse(await handle(event), stateOf(event).requestId));
}

/** One of the platform's operators, as their sign-in says: who the audit log names. */
export interface Operator {
  userId: string;
  email: string;
}

/**
 * Operators' routes take an operator's token only: a user of the pool's `operators` group who confirms
 * each sign-in with a TOTP code (asked of the pool at each request, so signing out or removing the
 * TOTP holds at once). API keys and customers' users are refused, whatever their role.
 */
const authenticateOperator = (): MiddlewareObj<ApiEvent, Result> => ({
  before: async ({ event }) => {
    const state = stateOf(event);
    const body = state.body ?? {};
    const credential = apiKeyOf(body, event.headers ?? {});
    delete body.apiKey;
    if (typeof credential !== 'string' || credential.length === 0) {
      throw new AppError('invalid-token', "An operator's sign-in token is required.");
    }
    if (!looksLikeToken(credential) || credential.length > 4096) {
      throw new AppError('forbidden', "This route is for the platform's operators: API keys are refused.");
    }
    const tokens = state.runtime.ports.userTokens;
    const user = await tokens?.verify(credential);
    if (!tokens || !user) {
      throw new AppError('invalid-token', 'The sign-in token is invalid or expired: sign in again.');
    }
    if (!user.groups.includes(OPERATORS_GROUP)) {
      throw new AppError('forbidden', "This route is for the platform's operators.");
    }
    const profile = await tokens.profile(credential);
    if (!profile) throw new AppError('invalid-token', 'This session has ended: sign in again.');
    if (!profile.totp) {
      throw new AppError(
        'totp-required',
        'Operators confirm each sign-in with a TOTP code: set one up, then sign in again.',
      );
    }
    state.operator = { userId: user.userId, email: profile.email };
    state.log = state.log.child({ operatorId: user.userId });
  },
});

export interface OperatorRequest<TInput, P extends Port = never> {
  input: TInput;
  operator: Operator;
  /** What the audit log of the account it touches names: the operator. */
  actor: Actor;
  /** The path's `{id}` (routes that declare `pathId`; '' on others). */
  id: string;
  runtime: Runtime;
  ports: Pick<Ports, P>;
  log: Logger;
  operationId?: string;
}

export interface OperatorRouteSpec<S extends z.ZodType, P extends Port = never> {
  body: S;
  idempotent?: boolean;
  ports?: PortFactories<P>;
  pathId?: PathEntity;
  handle: (request: OperatorRequest<z.infer<S>, P>) => Promise<Reply>;
}

/** The operators' routes: the same envelope, body, validation and idempotency, another door. */
export function operatorHandler<S extends z.ZodType, P extends Port = never>(route: OperatorRouteSpec<S, P>) {
  const needs = requireConfiguration({ table: true, ports: route.ports ?? ({} as PortFactories<P>) });
  const handler = middy<ApiEvent, Result>({ timeoutEarlyInMillis: 0 })
    .use(envelope())
    .use(jsonBody())
    .use(authenticateOperator())
    .use(validateBody(route.body))
    .use(pathIdOf(route.pathId))
    .handler(async (event: ApiEvent, context: Context) => {
      const state = stateOf(event);
      const operator = state.operator as Operator;
      // An operator's retries are theirs, kept apart from every account's.
      const scope = operatorScope(operator.userId);
      return answer(event, context, { idempotent: route.idempotent === true, scope }, (attempt) =>
        route.handle({
          input: state.input as z.infer<S>,
          operator,
          actor: { type: 'operator', id: operator.userId, label: operator.email },
          id: state.pathId ?? '',
          runtime: state.runtime,
          ports: portsOf(state.runtime, needs),
          log: state.log,
          ...(attempt ? { operationId: attempt.operationId } : {}),
        }),
      );
    });
  return Object.assign(handler, { contract: { body: route.body, idempotent: route.idempotent === true } });
}

/** Where an operator's idempotency records are kept: no account's partition. */
const operatorScope = (userId: string) => `OPERATOR-${userId}`;
