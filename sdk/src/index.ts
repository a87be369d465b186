/**
 * The TypeScript client of the SMS platform, as the docs show it: `sms.campain.create / list / get`.
 * Uses the global `fetch` only (Node 18+, browsers, edge runtimes): no AWS SDK, no Node-only module.
 */
import type { z } from 'zod';
import type { keyView } from '../../shared/accounts/key-view';
import type { createKeyInput, listKeysInput } from '../../shared/accounts/keys-input';
import type {
  inviteMemberInput,
  listMembersInput,
  memberView,
  updateMemberInput,
} from '../../shared/accounts/members';
import type { AuditEntry, listAuditInput } from '../../shared/audit/audit';
import type {
  createCampaignInput,
  getCampaignInput,
  listCampaignsInput,
} from '../../shared/campaigns/campaign';
import type { Estimate } from '../../shared/campaigns/estimate';
import type { Stats } from '../../shared/campaigns/stats';
import type { CampaignDetails, CampaignSummary, OccurrenceSummary } from '../../shared/campaigns/view';
import type {
  Contact,
  createContactInput,
  listContactsInput,
  updateContactInput,
} from '../../shared/contacts/contact';
import type { ContactWithOptOut } from '../../shared/contacts/view';
import type { ExportView, exportCampaignInput } from '../../shared/exports/export';
import type {
  addToGroupInput,
  createGroupInput,
  Group,
  getGroupInput,
  listGroupsInput,
  removeFromGroupInput,
} from '../../shared/groups/group';
import type { GroupChange, GroupDetails } from '../../shared/groups/view';
import type { ImportUpload, ImportView, startImportInput } from '../../shared/imports/import';
import type { ClicksOverTime, clicksOverTimeInput } from '../../shared/links/clicks-over-time';
import type { listMessagesInput } from '../../shared/messages/message';
import type { Message } from '../../shared/messages/view';
import type { settingsInput, transactionsInput } from '../../shared/money/account';
import type { AccountBalance, AccountPrice, Money, Transaction } from '../../shared/money/view';
import type {
  addOptOutsInput,
  listOptOutsInput,
  OptOut,
  removeOptOutsInput,
} from '../../shared/opt-outs/opt-out';
import type { PageInfo } from '../../shared/page';
import type { EventType } from '../../shared/ports';
import type { SegmentReach } from '../../shared/segments/audience';
import type {
  countSegmentInput,
  createSegmentInput,
  listSegmentsInput,
  previewSegmentInput,
  Segment,
  updateSegmentInput,
} from '../../shared/segments/segment';
import type { SegmentWithCount } from '../../shared/segments/use-cases';
import type {
  createSenderInput,
  listSendersInput,
  Sender,
  senderCampaignsInput,
} from '../../shared/senders/sender';
import type { TestMessage, testSendInput } from '../../shared/sending/test-send';
import type { Preview, previewInput } from '../../shared/text/preview';
import type { Weekday } from '../../shared/time-zones';
import type {
  createWebhookInput,
  Delivery,
  listDeliveriesInput,
  listWebhooksInput,
  Webhook,
} from '../../shared/webhooks/webhook';

/** Where the API takes a date as an ISO string, the client takes a `Date` too. */
type WithDates<T> = T extends string
  ? T
  : T extends (infer U)[]
    ? WithDates<U>[]
    : T extends object
      ? { [K in keyof T]: K extends 'scheduledDate' | Weekday ? WithDates<T[K]> | Date : WithDates<T[K]> }
      : T;

/** What each call takes: the API's own schema, as its input (defaults optional). */
export type CampaignCreateInput = WithDates<z.input<typeof createCampaignInput>>;
export type CampaignListInput = z.input<typeof listCampaignsInput>;
export type CampaignGetInput = z.input<typeof getCampaignInput>;
export type CampaignMessagesInput = z.input<typeof listMessagesInput>;
export type SenderCreateInput = z.input<typeof createSenderInput>;
export type SenderListInput = z.input<typeof listSendersInput>;
export type SenderCampaignsInput = z.input<typeof senderCampaignsInput>;
export type ContactCreateInput = z.input<typeof createContactInput>;
export type ContactUpdateInput = z.input<typeof updateContactInput>;
export type ContactListInput = z.input<typeof listContactsInput>;
export type GroupCreateInput = z.input<typeof createGroupInput>;
export type GroupListInput = z.input<typeof listGroupsInput>;
export type GroupGetInput = z.input<typeof getGroupInput>;
export type GroupAddInput = z.input<typeof addToGroupInput>;
export type GroupRemoveInput = z.input<typeof removeFromGroupInput>;
export type TestSendInput = z.input<typeof testSendInput>;
export type CampaignExportInput = z.input<typeof exportCampaignInput>;
export type CampaignClicksInput = z.input<typeof clicksOverTimeInput>;
export type ContactImportInput = z.input<typeof startImportInput>;
export type { ExportView as Export, ImportUpload, ImportView as Import };
export type SegmentCreateInput = z.input<typeof createSegmentInput>;
export type SegmentUpdateInput = z.input<typeof updateSegmentInput>;
export type SegmentListInput = z.input<typeof listSegmentsInput>;
export type SegmentPreviewInput = z.input<typeof previewSegmentInput>;
export type SegmentCountInput = z.input<typeof countSegmentInput>;
export type PreviewInput = z.input<typeof previewInput>;
export type OptOutAddInput = z.input<typeof addOptOutsInput>;
export type OptOutListInput = z.input<typeof listOptOutsInput>;
export type OptOutRemoveInput = z.input<typeof removeOptOutsInput>;
export type TransactionsInput = z.input<typeof transactionsInput>;
export type SettingsInput = z.input<typeof settingsInput>;
export type KeyCreateInput = z.input<typeof createKeyInput>;
export type AuditListInput = z.input<typeof listAuditInput>;
export type { AuditEntry };
export type KeyListInput = z.input<typeof listKeysInput>;
/** An API key as listed (never the key itself). */
export type ApiKey = ReturnType<typeof keyView>;
export type MemberInviteInput = z.input<typeof inviteMemberInput>;
export type MemberListInput = z.input<typeof listMembersInput>;
export type MemberUpdateInput = z.input<typeof updateMemberInput>;
export type Member = ReturnType<typeof memberView>;

/** What the API answers, typed from the server's own views (one source of truth). */
export type {
  AccountBalance,
  AccountPrice,
  CampaignDetails,
  CampaignSummary,
  ClicksOverTime,
  Contact,
  Estimate,
  Group,
  GroupChange,
  GroupDetails,
  Message,
  Money,
  OccurrenceSummary,
  PageInfo,
  Preview,
  Segment,
  SegmentReach,
  SegmentWithCount,
  Sender,
  Stats,
  TestMessage,
  Transaction,
};

/** A list's answer: one page of items, and where it stands in the list. */
export interface Page<T> extends PageInfo {
  data: T[];
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** An answer of the API with `success: false`, or no answer at all (network, time-out). */
export class SmsApiError extends Error {
  override readonly name = 'SmsApiError';
  constructor(
    /** The contract's code (`validation-error`, `campaign-not-found` …), or `network-error` / `timeout`. */
    readonly code: string,
    message: string,
    readonly status?: number,
    readonly details: FieldIssue[] = [],
    readonly requestId?: string,
    /** A refusal of payment (`insufficient-balance` …): what it would cost, and what is available. */
    readonly payment?: { cost: Money; available?: Money; maxCost?: Money },
  ) {
    super(message);
  }
}

export interface SmsClientOptions {
  /** An API key (`sk_…`) … */
  apiKey?: string;
  /**
   * … or a signed-in user's access token (the user pool's), or a function that gives the current one
   * (called before each request, so a refreshed token is used as soon as it exists).
   */
  token?: string | (() => string | Promise<string>);
  /** With a token: the account to act in, when the user belongs to several (`x-account-id`). */
  accountId?: string;
  /** The API's base URL, such as `http://127.0.0.1:3000` for `npm start`. */
  baseUrl: string;
  /** Per request, in milliseconds (default 15,000). */
  timeoutMs?: number;
  /** How many times a call is retried on 429, 5xx, a request in progress or a network failure (default 3). */
  retries?: number;
  /** The first retry's delay in milliseconds, doubled at each retry (default 100). */
  backoffMs?: number;
  fetch?: typeof fetch;
}

interface CallOptions {
  /** Calls that change something: the same key makes a retried call return the first answer (one is generated otherwise). */
  idempotencyKey?: string;
}

const newKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const serialise = (body: unknown) =>
  JSON.stringify(body, (_, value) => (value instanceof Date ? value.toISOString() : value));

export class SmsClient {
  readonly #options: Required<Omit<SmsClientOptions, 'fetch' | 'apiKey' | 'token' | 'accountId'>> & {
    fetch: typeof fetch;
    credential: () => string | Promise<string>;
    accountId?: string;
  };

  constructor(options: SmsClientOptions) {
    const { apiKey, token } = options;
    if (!apiKey === !token) throw new TypeError('SmsClient needs an apiKey or a token (one of them)');
    if (!options.baseUrl) throw new TypeError('SmsClient needs a baseUrl');
    this.#options = {
      credential: apiKey ? () => apiKey : typeof token === 'function' ? token : () => token as string,
      ...(options.accountId ? { accountId: options.accountId } : {}),
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      timeoutMs: options.timeoutMs ?? 15_000,
      retries: options.retries ?? 3,
      backoffMs: options.backoffMs ?? 100,
      fetch: options.fetch ?? ((...args) => globalThis.fetch(...args)),
    };
  }

  /**
   * One call, retried with backoff: every call is safe to repeat (reads by nature, the others carry an
   * Idempotency-Key).
   */
  async #call<T>(
    path: string,
    body: object,
    idempotencyKey?: string,
  ): Promise<{ data: T; raw: Record<string, unknown> }> {
    const attempts = this.#options.retries + 1;
    let lastError: SmsApiError | undefined;
    let retryAfterMs = 0;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) {
        const backoff = Math.min(5000, this.#options.backoffMs * 2 ** (attempt - 1));
        await new Promise((wake) => setTimeout(wake, Math.max(backoff, retryAfterMs)));
      }
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.#options.timeoutMs);
      let response: Response;
      try {
        response = await this.#options.fetch(`${this.#options.baseUrl}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${await this.#options.credential()}`,
            ...(this.#options.accountId ? { 'x-account-id': this.#options.accountId } : {}),
            ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          },
          body: serialise(body),
          signal: controller.signal,
        });
      } catch (error) {
        lastError = controller.signal.aborted
          ? new SmsApiError('timeout', `No answer from ${path} within ${this.#options.timeoutMs} ms`)
          : new SmsApiError('network-error', `Could not reach ${path}: ${(error as Error).message}`);
        continue;
      } finally {
        clearTimeout(timer);
      }
      const answer = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
      if (response.ok && answer?.success) return { data: answer.data as T, raw: answer };
      lastError = new SmsApiError(
        String(answer?.error ?? 'http-error'),
        String(answer?.message ?? `HTTP ${response.status}`),
        response.status,
        Array.isArray(answer?.details) ? (answer.details as FieldIssue[]) : [],
        (answer?.requestId as string | undefined) ?? response.headers.get('x-request-id') ?? undefined,
        response.status === 402 ? (answer?.details as SmsApiError['payment']) : undefined,
      );
      // The same create still running elsewhere (a time-out here, a slow answer there) will answer soon.
      const comeBack = response.status === 429 || lastError.code === 'request-in-progress';
      if (!comeBack && response.status < 500) break;
      // A 429 or a request in progress says when to come back (`retry-after`, in seconds); never more than 30 s.
      retryAfterMs = Math.min(30_000, Number(response.headers.get('retry-after')) * 1000 || 0);
    }
    throw lastError ?? new SmsApiError('network-error', `No answer from ${path}`);
  }

  async #get<T>(path: string, body: object = {}): Promise<T> {
    return (await this.#call<T>(path, body)).data;
  }

  async #page<T>(path: string, body: object = {}): Promise<Page<T>> {
    const { data, raw } = await this.#call<T[]>(path, body);
    return {
      data,
      totalCount: Number(raw.totalCount),
      count: Number(raw.count),
      page: Number(raw.page),
      totalPage: Number(raw.totalPage),
    };
  }

  /** A call that changes something: sent with an Idempotency-Key, so its retries do it once. */
  async #create<T>(path: string, body: object, options: CallOptions = {}): Promise<T> {
    return (await this.#call<T>(path, body, options.idempotencyKey ?? newKey())).data;
  }

  readonly campaign = {
    create: (input: CampaignCreateInput, options?: CallOptions) =>
      this.#create<CampaignSummary>('/v1/campaign/create', input, options),
    list: (input: CampaignListInput = {}) => this.#page<CampaignSummary>('/v1/campaign/list', input),
    get: (id: string, input: CampaignGetInput = {}) =>
      this.#get<CampaignDetails>(`/v1/campaign/${encodeURIComponent(id)}`, input),
    /** One page of the campaign's message log: each recipient of each occurrence and what became of it. */
    messages: (id: string, input: CampaignMessagesInput = {}) =>
      this.#page<Message>(`/v1/campaign/${encodeURIComponent(id)}/messages`, input),
    cancel: (id: string, options?: CallOptions) =>
      this.#create<CampaignSummary>(`/v1/campaign/${encodeURIComponent(id)}/cancel`, {}, options),
    /** Sends the text now to 1 to 5 phones, as a campaign would (charged), in no campaign list; 30 an hour. */
    test: (input: TestSendInput, options?: CallOptions) =>
      this.#create<{ messages: TestMessage[] }>('/v1/campaign/test', input, options),
    /**
     * Starts writing the campaign's message log as a CSV (`status`, `occurrence` keep part of it); then
     * `sms.exports.wait(id)` gives its link.
     */
    export: (id: string, input: CampaignExportInput = {}, options?: CallOptions) =>
      this.#create<{ id: string; status: 'RUNNING' }>(
        `/v1/campaign/${encodeURIComponent(id)}/export`,
        input,
        options,
      ),
    /**
     * The clicks on its short links (`trackLinks`) by hour, or by day (`interval: 'day'`) in its time zone:
     * every hour or day from the first click to the last.
     */
    clicks: (id: string, input: CampaignClicksInput = {}) =>
      this.#get<ClicksOverTime>(`/v1/campaign/${encodeURIComponent(id)}/clicks`, input),
    /** What `create` with this body would cost, country by country, and whether the balance covers it (no effect). */
    estimate: (input: CampaignCreateInput) => this.#get<Estimate>('/v1/campaign/estimate', input),
  };

  /** The docs' spelling. */
  readonly campain = this.campaign;

  readonly exports = {
    /** Where an export is: `READY` with `url`, a link of one hour (a new one each time), or `FAILED`. */
    get: (id: string) => this.#get<ExportView>(`/v1/export/${encodeURIComponent(id)}`),
    /** Asks every `intervalMs` until the export is no longer `RUNNING` (at most `timeoutMs`). */
    wait: async (id: string, options: { intervalMs?: number; timeoutMs?: number } = {}) => {
      const { intervalMs = 1000, timeoutMs = 5 * 60_000 } = options;
      const giveUpAt = Date.now() + timeoutMs;
      for (;;) {
        const found = await this.exports.get(id);
        if (found.status !== 'RUNNING') return found;
        if (Date.now() + intervalMs > giveUpAt)
          throw new SmsApiError('timeout', `Export ${id} still running after ${timeoutMs} ms`);
        await new Promise((wake) => setTimeout(wake, intervalMs));
      }
    },
  };

  readonly sender = {
    create: (input: SenderCreateInput, options?: CallOptions) =>
      this.#create<Sender>('/v1/sender/create', input, options),
    list: (input: SenderListInput = {}) => this.#page<Sender>('/v1/sender/list', input),
    campaigns: (id: string, input: SenderCampaignsInput = {}) =>
      this.#page<CampaignSummary>(`/v1/sender/${encodeURIComponent(id)}/campaign`, input),
  };

  readonly contact = {
    create: (input: ContactCreateInput, options?: CallOptions) =>
      this.#create<ContactWithOptOut>('/v1/contact/create', input, options),
    list: (input: ContactListInput = {}) => this.#page<ContactWithOptOut>('/v1/contact/list', input),
    get: (id: string) => this.#get<ContactWithOptOut>(`/v1/contact/${encodeURIComponent(id)}`),
    /** Names given replace (`null` removes); fields are merged (a `null` value removes that field). */
    update: (id: string, input: ContactUpdateInput, options?: CallOptions) =>
      this.#create<ContactWithOptOut>(`/v1/contact/${encodeURIComponent(id)}/update`, input, options),
    /** Removes the contact, and its membership of every group. */
    delete: (id: string, options?: CallOptions) =>
      this.#create<{ id: string; deleted: true }>(
        `/v1/contact/${encodeURIComponent(id)}/delete`,
        {},
        options,
      ),
    /**
     * Starts a bulk import (up to 100 MB, millions of rows): the answer's `uploadUrl` takes the CSV file in
     * one PUT within 15 minutes (`imports.upload`); the import then runs by itself (`imports.wait`).
     */
    import: (input: ContactImportInput = {}, options?: CallOptions) =>
      this.#create<ImportUpload>('/v1/contact/import', input, options),
  };

  readonly imports = {
    /** Sends the file to the import's upload link, as it is: text, bytes (a Buffer) or a Blob (a File). */
    upload: async (
      upload: Pick<ImportUpload, 'uploadUrl'>,
      file: string | Blob | ArrayBuffer | Uint8Array,
    ) => {
      // Storage's own link, not the API: plain fetch, no key, no envelope.
      const response = await globalThis.fetch(upload.uploadUrl, { method: 'PUT', body: file as BodyInit });
      if (!response.ok)
        throw new SmsApiError(
          'upload-refused',
          `The upload link answered HTTP ${response.status}`,
          response.status,
        );
    },
    /** Where an import is: rows read, imported, repeated and refused; `errorsUrl` once done with refusals. */
    get: (id: string) => this.#get<ImportView>(`/v1/import/${encodeURIComponent(id)}`),
    /** Asks every `intervalMs` until the import is `COMPLETED` or `FAILED` (at most `timeoutMs`). */
    wait: async (id: string, options: { intervalMs?: number; timeoutMs?: number } = {}) => {
      const { intervalMs = 2000, timeoutMs = 30 * 60_000 } = options;
      const giveUpAt = Date.now() + timeoutMs;
      for (;;) {
        const found = await this.imports.get(id);
        if (found.status === 'COMPLETED' || found.status === 'FAILED') return found;
        if (Date.now() + intervalMs > giveUpAt)
          throw new SmsApiError('timeout', `Import ${id} still ${found.status} after ${timeoutMs} ms`);
        await new Promise((wake) => setTimeout(wake, intervalMs));
      }
    },
  };

  /** The same, in the plural. */
  readonly contacts = this.contact;

  readonly optOut = {
    /** Puts phones on the account's opt-out list: nothing more is sent to them. */
    add: (input: OptOutAddInput, options?: CallOptions) =>
      this.#create<{ added: number; alreadyOptedOut: number }>('/v1/opt-out/add', input, options),
    list: (input: OptOutListInput = {}) => this.#page<OptOut>('/v1/opt-out/list', input),
    remove: (input: OptOutRemoveInput, options?: CallOptions) =>
      this.#create<{ removed: number; notOptedOut: number }>('/v1/opt-out/remove', input, options),
  };

  readonly group = {
    create: (input: GroupCreateInput, options?: CallOptions) =>
      this.#create<Group>('/v1/group/create', input, options),
    list: (input: GroupListInput = {}) => this.#page<Group>('/v1/group/list', input),
    get: (id: string, input: GroupGetInput = {}) =>
      this.#get<GroupDetails>(`/v1/group/${encodeURIComponent(id)}`, input),
    add: (id: string, input: GroupAddInput, options?: CallOptions) =>
      this.#create<GroupChange>(`/v1/group/${encodeURIComponent(id)}/add`, input, options),
    remove: (id: string, input: GroupRemoveInput, options?: CallOptions) =>
      this.#create<GroupChange>(`/v1/group/${encodeURIComponent(id)}/remove`, input, options),
  };

  readonly segment = {
    create: (input: SegmentCreateInput, options?: CallOptions) =>
      this.#create<Segment>('/v1/segment/create', input, options),
    list: (input: SegmentListInput = {}) => this.#page<Segment>('/v1/segment/list', input),
    /**
     * With `count`: how many contacts it holds now (the opted-out left out); in a large account drawn from a
     * sample (`approximate`), unless `{ exact: true }`.
     */
    get: (id: string, input: SegmentCountInput = {}) =>
      this.#get<SegmentWithCount>(`/v1/segment/${encodeURIComponent(id)}`, input),
    update: (id: string, input: SegmentUpdateInput, options?: CallOptions) =>
      this.#create<Segment>(`/v1/segment/${encodeURIComponent(id)}/update`, input, options),
    delete: (id: string, options?: CallOptions) =>
      this.#create<{ id: string; deleted: true }>(
        `/v1/segment/${encodeURIComponent(id)}/delete`,
        {},
        options,
      ),
    /**
     * How many contacts these conditions select now, and up to ten of them (nothing is saved); in a large
     * account drawn from a sample (`approximate`), unless `exact: true`.
     */
    preview: (input: SegmentPreviewInput) =>
      this.#get<SegmentReach & { sample: Contact[] }>('/v1/segment/preview', input),
    /** The keys of the fields the account's contacts have (`@key` in a text, `fields.key` in a condition). */
    fields: () => this.#get<{ keys: string[] }>('/v1/segment/fields'),
  };

  /** The same, in the plural. */
  readonly segments = this.segment;

  readonly webhooks = {
    /** The answer holds the endpoint's signing `secret`: keep it, it is never shown again. */
    create: (input: WebhookCreateInput, options?: CallOptions) =>
      this.#create<Webhook & { secret: string }>('/v1/webhook/create', input, options),
    list: (input: WebhookListInput = {}) => this.#page<Webhook>('/v1/webhook/list', input),
    get: (id: string) => this.#get<Webhook>(`/v1/webhook/${encodeURIComponent(id)}`),
    delete: (id: string, options?: CallOptions) =>
      this.#create<{ id: string; deleted: true }>(
        `/v1/webhook/${encodeURIComponent(id)}/delete`,
        {},
        options,
      ),
    /** A disabled endpoint (a 410, or three days of failures) receives its events again. */
    enable: (id: string, options?: CallOptions) =>
      this.#create<Webhook>(`/v1/webhook/${encodeURIComponent(id)}/enable`, {}, options),
    /** A new secret; the old one keeps signing beside it for 24 hours. A retried call rotates once. */
    rotateSecret: (id: string, options?: CallOptions) =>
      this.#create<Webhook & { secret: string }>(
        `/v1/webhook/${encodeURIComponent(id)}/rotate-secret`,
        {},
        options,
      ),
    /** Sends a `webhook.test` event to the endpoint now. */
    test: (id: string, options?: CallOptions) =>
      this.#create<{ eventId: string; type: 'webhook.test' }>(
        `/v1/webhook/${encodeURIComponent(id)}/test`,
        {},
        options,
      ),
    deliveries: (id: string, input: WebhookDeliveriesInput = {}) =>
      this.#page<Delivery>(`/v1/webhook/${encodeURIComponent(id)}/deliveries`, input),
    verify: verifyWebhook,
  };

  /** The account's money: what it may spend, and every movement of its balance (amounts in the platform's currency). */
  readonly account = {
    balance: () => this.#get<AccountBalance>('/v1/account/balance'),
    transactions: (input: TransactionsInput = {}) =>
      this.#page<Transaction>('/v1/account/transactions', input),
    /** The price of a segment to each country the account may send to. */
    prices: () => this.#page<AccountPrice>('/v1/account/prices'),
    /** `lowBalanceThreshold`: below it, `account.balance_low` is raised (null removes it). */
    settings: (input: SettingsInput, options?: CallOptions) =>
      this.#create<AccountBalance>('/v1/account/settings', input, options),
  };

  /** The account's API keys, each named and with a role (`admin` needed). */
  readonly keys = {
    /** The answer holds the `key` itself: keep it, it is never shown again. */
    create: (input: KeyCreateInput, options?: CallOptions) =>
      this.#create<ApiKey & { key: string }>('/v1/key/create', input, options),
    list: (input: KeyListInput = {}) => this.#page<ApiKey>('/v1/key/list', input),
    /** Refused from its next request on. */
    revoke: (id: string, options?: CallOptions) =>
      this.#create<ApiKey>(`/v1/key/${encodeURIComponent(id)}/revoke`, {}, options),
  };

  /** The people of the account's team, each with a role (`admin` to invite, change and remove). */
  readonly members = {
    /** The person receives an e-mail with a temporary password. */
    invite: (input: MemberInviteInput, options?: CallOptions) =>
      this.#create<Member>('/v1/member/invite', input, options),
    list: (input: MemberListInput = {}) => this.#page<Member>('/v1/member/list', input),
    /** The new role holds from their next request. */
    update: (id: string, input: MemberUpdateInput, options?: CallOptions) =>
      this.#create<Member>(`/v1/member/${encodeURIComponent(id)}/update`, input, options),
    /** Refused from their next request on; the last owner stays (`last-owner`). */
    remove: (id: string, options?: CallOptions) =>
      this.#create<Member>(`/v1/member/${encodeURIComponent(id)}/remove`, {}, options),
  };

  /** Who changed what in the account, newest first (`action`, `actorId` filter it). */
  readonly audit = {
    list: (input: AuditListInput = {}) => this.#page<AuditEntry>('/v1/audit/list', input),
  };

  preview(input: PreviewInput) {
    return this.#get<Preview>('/v1/sms/preview', input);
  }
}

export const createClient = (options: SmsClientOptions) => new SmsClient(options);

export type WebhookCreateInput = z.input<typeof createWebhookInput>;
export type WebhookListInput = z.input<typeof listWebhooksInput>;
export type WebhookDeliveriesInput = z.input<typeof listDeliveriesInput>;

/** An event as a webhook endpoint receives it (the body of the request). */
export interface WebhookEventPayload {
  type: EventType;
  timestamp: string;
  data: Record<string, unknown>;
}

export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
}

/** How far a request's `webhook-timestamp` may be from the receiver's clock (the standard's 5 minutes). */
const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function headerOf(headers: HeaderBag, name: string): string {
  const value =
    headers instanceof Headers ? headers.get(name) : (headers[name] ?? headers[name.toLowerCase()]);
  const first = Array.isArray(value) ? value[0] : value;
  if (!first) throw new WebhookVerificationError(`missing ${name} header`);
  return first;
}

const base64ToBytes = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
const bytesToBase64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** Compares in time that does not depend on where the strings differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/**
 * Checks a request from the platform as Standard Webhooks says (any of the signatures of
 * `webhook-signature`, by any of `secrets`, over `id.timestamp.body`, with a timestamp within 5
 * minutes) and returns its event. Give it the raw body, byte for byte, not a re-serialised one.
 * Uses Web Crypto: Node 18+, browsers, edge runtimes.
 */
export async function verifyWebhook(
  payload: string,
  headers: HeaderBag,
  secrets: string | readonly string[],
  options: { now?: Date; toleranceSeconds?: number } = {},
): Promise<WebhookEventPayload & { id: string }> {
  const id = headerOf(headers, 'webhook-id');
  const timestamp = headerOf(headers, 'webhook-timestamp');
  const signatures = headerOf(headers, 'webhook-signature')
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => entry.slice(3));
  const seconds = Number(timestamp);
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (!Number.isInteger(seconds))
    throw new WebhookVerificationError('webhook-timestamp is not a number of seconds');
  if (Math.abs(now - seconds) > (options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) {
    throw new WebhookVerificationError('webhook-timestamp is too far from now');
  }
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${payload}`);
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    const key = await crypto.subtle.importKey(
      'raw',
      base64ToBytes(secret.replace(/^whsec_/, '')),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const expected = bytesToBase64(await crypto.subtle.sign('HMAC', key, signed));
    if (signatures.some((signature) => sameText(signature, expected))) {
      return { id, ...(JSON.parse(payload) as WebhookEventPayload) };
    }
  }
  throw new WebhookVerificationError('no signature matches');
}
