/** The contract's error codes (CONTRACT.md) and the HTTP status each one answers with. */
export const errorStatus = {
  'invalid-json': 400,
  'validation-error': 400,
  'reason-required': 400,
  'webhook-url-not-allowed': 400,
  'account-required': 400,
  'invalid-api-key': 401,
  'invalid-token': 401,
  'insufficient-balance': 402,
  'spend-limit-reached': 402,
  'cost-cap-exceeded': 402,
  forbidden: 403,
  'totp-required': 403,
  'account-suspended': 403,
  'sender-limit-reached': 403,
  'webhook-limit-reached': 403,
  'sender-not-found': 404,
  'campaign-not-found': 404,
  'contact-not-found': 404,
  'group-not-found': 404,
  'segment-not-found': 404,
  'export-not-found': 404,
  'import-not-found': 404,
  'webhook-not-found': 404,
  'key-not-found': 404,
  'member-not-found': 404,
  'account-not-found': 404,
  'queue-not-found': 404,
  'route-not-found': 404,
  'method-not-allowed': 405,
  'sender-name-taken': 409,
  'contact-phone-taken': 409,
  'request-in-progress': 409,
  'campaign-not-cancellable': 409,
  'idempotency-key-reused': 409,
  'member-exists': 409,
  'last-owner': 409,
  'status-change-not-allowed': 409,
  'changed-meanwhile': 409,
  'account-not-suspended': 409,
  'queue-not-redrivable': 409,
  'payload-too-large': 413,
  'rate-limited': 429,
  'internal-error': 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldIssue {
  path: string;
  message: string;
}

/** A failure the customer caused or may see: it carries the contract code the API answers with. */
export class AppError extends Error {
  override readonly name: string = 'AppError';

  /** The fields at fault, or (money refusals) the figures of the refusal: `{ cost, available }`. */
  readonly details?: FieldIssue[] | Record<string, unknown>;
  /** Headers the answer must carry, such as `allow` on a 405. */
  readonly headers?: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string = code,
    extra: { details?: FieldIssue[] | Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.details = extra.details;
    this.headers = extra.headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** What a path may name: `{id}` is one of these. */
export type PathEntity =
  | 'sender'
  | 'contact'
  | 'group'
  | 'segment'
  | 'export'
  | 'import'
  | 'campaign'
  | 'webhook'
  | 'key'
  | 'member'
  | 'account';

/** No such thing in this account: another account's id, a malformed one and an unknown one answer alike. */
export const notFound = (entity: PathEntity, id: string | undefined) =>
  new AppError(`${entity}-not-found`, `No ${entity} ${id ?? ''} in this account.`);

export const validationError = (details: FieldIssue[]) =>
  new AppError('validation-error', 'The request body is not valid.', { details });

/**
 * An operator's action that breaks a rule: answered on the operators' routes like any other error, and
 * printed by the admin command line as its message alone.
 */
export class OperatorError extends AppError {
  override readonly name = 'OperatorError';
}

export const noAccount = (accountId: string) =>
  new OperatorError('account-not-found', `No account ${accountId}.`);

/** A queue message that is not what its queue carries: it goes back alone, and to the dead-letter queue. */
export class MalformedEvent extends Error {
  override readonly name = 'MalformedEvent';
}
