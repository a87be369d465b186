/** The console's way out: the public API of the origin it was served from, as the signed-in person. */
import type { FieldIssue } from '../../shared/errors';
import { accessToken, chosenAccount, signOut } from './session';
import type { Money } from './types';

export interface PageInfo {
  totalCount: number;
  count: number;
  page: number;
  totalPage: number;
}

export type Listed<T> = { data: T[] } & PageInfo;

/** What a `402` says: the cost, what was available, the campaign's cap. */
export interface PaymentRefusal {
  cost: Money;
  available: Money;
  maxCost?: Money;
}

/** What the API refused, with its code, its HTTP status and the fields it names (or, `402`, the figures). */
export class ApiError extends Error {
  readonly details: FieldIssue[];
  readonly payment?: PaymentRefusal;

  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    details: FieldIssue[] | PaymentRefusal | Record<string, unknown> = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.details = Array.isArray(details) ? details : [];
    if (!Array.isArray(details) && 'cost' in details) this.payment = details as PaymentRefusal;
  }
}

/** Told when the session stops working (expired, revoked): the console goes back to sign in. */
let onSessionEnded: () => void = () => {};
export const whenSessionEnds = (listener: () => void) => {
  onSessionEnded = listener;
};

const MAX_WAITS = 5;
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Envelope {
  success: boolean;
  data: unknown;
  error: string | null;
  message?: string;
  details?: FieldIssue[] | PaymentRefusal | Record<string, unknown>;
  requestId?: string;
}

/** Posts `body` to `path` as the signed-in person; waits as told and tries again when rate-limited. */
async function request(
  path: string,
  body: Record<string, unknown>,
  options: { idempotencyKey?: string } = {},
): Promise<Envelope> {
  for (let attempt = 0; ; attempt++) {
    const token = await accessToken();
    const accountId = chosenAccount();
    let response: Response;
    try {
      response = await fetch(path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(accountId ? { 'x-account-id': accountId } : {}),
          ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch {
      throw new ApiError('network', 0, 'The server could not be reached.');
    }
    if (response.status === 429 && attempt < MAX_WAITS) {
      await wait(1000 * Math.max(1, Number(response.headers.get('retry-after') ?? 1)));
      continue;
    }
    const envelope = (await response.json().catch(() => null)) as Envelope | null;
    if (!envelope || typeof envelope !== 'object') {
      throw new ApiError('internal-error', response.status, 'The answer could not be read.');
    }
    if (!response.ok || !envelope.success) {
      const error = new ApiError(
        envelope.error ?? 'internal-error',
        response.status,
        envelope.message ?? '',
        envelope.details ?? [],
        envelope.requestId,
      );
      // Only a session that was sent and refused has ended (a page left behind after signing out asks with none).
      if (token && error.code === 'invalid-token') {
        signOut();
        onSessionEnded();
      }
      throw error;
    }
    return envelope;
  }
}

/** A route answering one thing in `data`. */
export async function call<T>(
  path: string,
  body: Record<string, unknown> = {},
  options: { idempotencyKey?: string } = {},
): Promise<T> {
  return (await request(path, body, options)).data as T;
}

/** A listing: one page of items and the list fields. */
export async function list<T>(path: string, body: Record<string, unknown> = {}): Promise<Listed<T>> {
  return (await request(path, body)) as unknown as Listed<T>;
}

/** A fresh `Idempotency-Key`: a create retried after a lost answer creates nothing more. */
export const newIdempotencyKey = () => crypto.randomUUID();
