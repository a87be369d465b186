/**
 * The API's routes, in one list read by the CDK app (one function per route) and by the local
 * stack's router, so the two always serve the same paths with the same handler modules.
 */
import type { Role } from '../../shared/accounts/roles';
import type { IndexName } from '../../shared/db/table';

export interface ApiRoute {
  /** Names the function and its construct. */
  id: string;
  /** `ANY`: every method reaches its function, which answers those it does not serve. */
  method: 'POST' | 'GET' | 'ANY';
  /** API Gateway's syntax: `{name}` is a path parameter. */
  path: string;
  /** The module in `functions/api/` that exports `handler`. */
  module: string;
  /** Whether the route only reads the table. */
  readOnly: boolean;
  /**
   * The least role a caller needs (CONTRACT.md, People): the pipeline reads it here, the reference and
   * the role walk too. Routes without one take no key (the docs, the console's files).
   */
  role?: Role;
  /** The table's indexes it queries besides gsi1 (which every route uses to find the API key). */
  indexes?: readonly IndexName[];
  /** Whether it schedules, unschedules or queues campaigns. */
  schedules?: boolean;
  /** Which user pool calls it makes: invitations (create or find a user), removals (delete one). */
  directory?: 'invite' | 'remove';
  /** Whether it hands events to the webhook queue (raising them, or a test). */
  events?: boolean;
  /** Whether it hands messages to the SMS provider itself (a test send). */
  sends?: boolean;
  /** Files of packages its function serves, copied beside its bundle (`package/path` → served as `path`'s name). */
  assets?: readonly string[];
  /** Whether it follows short links: it reads their items, and hands the clicks to the reports queue. */
  shortLinks?: boolean;
  /** Whether the console's function serves it (one function for every console route; its built files beside its bundle). */
  console?: boolean;
  /**
   * The family whose one function serves it (`family.ts`): it has no function of its own, and the gateway
   * reaches it through the family's greedy route (`SEGMENTS_ROUTE`) or its own paths (`EXPORTS_ROUTES`).
   */
  family?: 'segments' | 'exports';
  /** Whether it asks for exports (their queue) and links to their files (the bucket). */
  exports?: boolean;
  /**
   * For routes that may save thousands of contacts at once: on DynamoDB one account's contacts share a
   * partition (about 1,000 writes a second), so these get up to API Gateway's own limit (30 s).
   */
  timeoutSeconds?: number;
}

/**
 * Segments (CONTRACT.md, Segments): customer routes like any other (roles, reference, walks), served by
 * one function (`segments.ts`) so the stack keeps room below CloudFormation's 500 resources.
 */
export const SEGMENT_ROUTES = [
  {
    id: 'SegmentCreate',
    role: 'editor',
    method: 'POST',
    path: '/v1/segment/create',
    module: 'segment/create',
    readOnly: false,
    family: 'segments',
  },
  {
    id: 'SegmentList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/segment/list',
    module: 'segment/list',
    readOnly: true,
    family: 'segments',
  },
  {
    id: 'SegmentPreview',
    role: 'viewer',
    method: 'POST',
    path: '/v1/segment/preview',
    module: 'segment/preview',
    readOnly: true,
    family: 'segments',
  },
  {
    id: 'SegmentFields',
    role: 'viewer',
    method: 'POST',
    path: '/v1/segment/fields',
    module: 'segment/fields',
    readOnly: true,
    family: 'segments',
  },
  {
    id: 'SegmentGet',
    role: 'viewer',
    method: 'POST',
    path: '/v1/segment/{id}',
    module: 'segment/get',
    readOnly: true,
    family: 'segments',
  },
  {
    id: 'SegmentUpdate',
    role: 'editor',
    method: 'POST',
    path: '/v1/segment/{id}/update',
    module: 'segment/update',
    readOnly: false,
    family: 'segments',
  },
  {
    id: 'SegmentDelete',
    role: 'editor',
    method: 'POST',
    path: '/v1/segment/{id}/delete',
    module: 'segment/delete',
    readOnly: false,
    family: 'segments',
  },
] as const satisfies readonly ApiRoute[];

/** The gateway's one route to the segments' function, which finds the segment route itself. */
export const SEGMENTS_ROUTE = {
  id: 'Segments',
  method: 'POST',
  path: '/v1/segment/{proxy+}',
  module: 'segments',
  readOnly: false,
} as const satisfies ApiRoute;

/**
 * Files and what is read at length: a campaign's export (CONTRACT.md, Exports), its clicks over time
 * (Tracked short links), and bulk imports of contacts (Bulk import), served by one function (`exports.ts`).
 */
export const EXPORT_ROUTES = [
  {
    id: 'CampaignExport',
    role: 'viewer',
    method: 'POST',
    path: '/v1/campaign/{id}/export',
    module: 'export/start',
    readOnly: false,
    family: 'exports',
  },
  {
    id: 'CampaignClicks',
    role: 'viewer',
    method: 'POST',
    path: '/v1/campaign/{id}/clicks',
    module: 'campaign-clicks',
    readOnly: true,
    family: 'exports',
  },
  {
    id: 'ExportGet',
    role: 'viewer',
    method: 'POST',
    path: '/v1/export/{id}',
    module: 'export/get',
    readOnly: true,
    family: 'exports',
  },
  {
    id: 'ContactImport',
    role: 'editor',
    method: 'POST',
    path: '/v1/contact/import',
    module: 'import/start',
    readOnly: false,
    family: 'exports',
  },
  {
    id: 'ImportGet',
    role: 'viewer',
    method: 'POST',
    path: '/v1/import/{id}',
    module: 'import/get',
    readOnly: true,
    family: 'exports',
  },
] as const satisfies readonly ApiRoute[];

/**
 * The gateway's two routes to the exports' one function. The first is greedy: a campaign's paths that no
 * route of their own serves (`export`, `clicks`) come to it, since API Gateway prefers any other match.
 */
export const EXPORTS_ROUTES: readonly ApiRoute[] = [
  {
    id: 'Exports',
    method: 'POST',
    path: '/v1/campaign/{id}/{proxy+}',
    module: 'exports',
    readOnly: false,
    exports: true,
  },
  {
    id: 'ExportsExportGet',
    method: 'POST',
    path: '/v1/export/{id}',
    module: 'exports',
    readOnly: false,
    exports: true,
  },
  {
    id: 'ExportsContactImport',
    method: 'POST',
    path: '/v1/contact/import',
    module: 'exports',
    readOnly: false,
    exports: true,
  },
  {
    id: 'ExportsImportGet',
    method: 'POST',
    path: '/v1/import/{id}',
    module: 'exports',
    readOnly: false,
    exports: true,
  },
];

export const API_ROUTES = [
  {
    id: 'SenderCreate',
    role: 'editor',
    method: 'POST',
    path: '/v1/sender/create',
    module: 'sender-create',
    readOnly: false,
  },
  {
    id: 'SenderList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/sender/list',
    module: 'sender-list',
    readOnly: true,
  },
  {
    id: 'SenderCampaigns',
    role: 'viewer',
    method: 'POST',
    path: '/v1/sender/{id}/campaign',
    module: 'sender-campaigns',
    readOnly: true,
    indexes: ['gsi5'],
  },
  {
    id: 'SmsPreview',
    role: 'viewer',
    method: 'POST',
    path: '/v1/sms/preview',
    module: 'sms-preview',
    readOnly: true,
  },
  {
    id: 'ContactCreate',
    role: 'editor',
    method: 'POST',
    path: '/v1/contact/create',
    module: 'contact-create',
    readOnly: false,
  },
  {
    id: 'ContactList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/contact/list',
    module: 'contact-list',
    readOnly: true,
    indexes: ['gsi3', 'gsi4', 'gsi5'],
  },
  {
    id: 'ContactGet',
    role: 'viewer',
    method: 'POST',
    path: '/v1/contact/{id}',
    module: 'contact-get',
    readOnly: true,
  },
  {
    id: 'ContactUpdate',
    role: 'editor',
    method: 'POST',
    path: '/v1/contact/{id}/update',
    module: 'contact-update',
    readOnly: false,
    indexes: ['gsi5'],
  },
  {
    id: 'ContactDelete',
    role: 'editor',
    method: 'POST',
    path: '/v1/contact/{id}/delete',
    module: 'contact-delete',
    readOnly: false,
    indexes: ['gsi5'],
  },
  {
    id: 'GroupCreate',
    role: 'editor',
    method: 'POST',
    path: '/v1/group/create',
    module: 'group-create',
    readOnly: false,
  },
  {
    id: 'GroupList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/group/list',
    module: 'group-list',
    readOnly: true,
  },
  {
    id: 'GroupGet',
    role: 'viewer',
    method: 'POST',
    path: '/v1/group/{id}',
    module: 'group-get',
    readOnly: true,
  },
  {
    id: 'GroupAdd',
    role: 'editor',
    method: 'POST',
    path: '/v1/group/{id}/add',
    module: 'group-add',
    readOnly: false,
    // A saved contact given again with other values: its group copies follow (found on gsi5).
    indexes: ['gsi5'],
    timeoutSeconds: 29,
  },
  {
    id: 'GroupRemove',
    role: 'editor',
    method: 'POST',
    path: '/v1/group/{id}/remove',
    module: 'group-remove',
    readOnly: false,
  },
  ...SEGMENT_ROUTES,

  {
    id: 'CampaignCreate',
    role: 'editor',
    method: 'POST',
    path: '/v1/campaign/create',
    module: 'campaign-create',
    readOnly: false,
    // A saved contact given again with other values: its group copies follow (found on gsi5).
    indexes: ['gsi5'],
    schedules: true,
    timeoutSeconds: 29,
  },
  {
    id: 'CampaignTest',
    role: 'editor',
    method: 'POST',
    path: '/v1/campaign/test',
    module: 'campaign-test',
    readOnly: false,
    sends: true,
    events: true,
  },
  {
    id: 'CampaignEstimate',
    role: 'viewer',
    method: 'POST',
    path: '/v1/campaign/estimate',
    module: 'campaign-estimate',
    readOnly: true,
    timeoutSeconds: 29,
  },
  {
    id: 'CampaignList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/campaign/list',
    module: 'campaign-list',
    readOnly: true,
    indexes: ['gsi3', 'gsi4'],
  },
  {
    id: 'CampaignGet',
    role: 'viewer',
    method: 'POST',
    path: '/v1/campaign/{id}',
    module: 'campaign-get',
    readOnly: true,
  },
  {
    id: 'CampaignMessages',
    role: 'viewer',
    method: 'POST',
    path: '/v1/campaign/{id}/messages',
    module: 'campaign-messages',
    readOnly: true,
  },
  ...EXPORT_ROUTES,
  {
    id: 'CampaignCancel',
    role: 'editor',
    method: 'POST',
    path: '/v1/campaign/{id}/cancel',
    module: 'campaign-cancel',
    readOnly: false,
    schedules: true,
    events: true,
  },
  {
    id: 'OptOutAdd',
    role: 'editor',
    method: 'POST',
    path: '/v1/opt-out/add',
    module: 'opt-out-add',
    readOnly: false,
    events: true,
  },
  {
    id: 'OptOutList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/opt-out/list',
    module: 'opt-out-list',
    readOnly: true,
    indexes: ['gsi4'],
  },
  {
    id: 'OptOutRemove',
    role: 'editor',
    method: 'POST',
    path: '/v1/opt-out/remove',
    module: 'opt-out-remove',
    readOnly: false,
    events: true,
  },
  {
    id: 'WebhookCreate',
    role: 'admin',
    method: 'POST',
    path: '/v1/webhook/create',
    module: 'webhook-create',
    readOnly: false,
  },
  {
    id: 'WebhookList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/webhook/list',
    module: 'webhook-list',
    readOnly: true,
  },
  {
    id: 'WebhookGet',
    role: 'viewer',
    method: 'POST',
    path: '/v1/webhook/{id}',
    module: 'webhook-get',
    readOnly: true,
  },
  {
    id: 'WebhookDelete',
    role: 'admin',
    method: 'POST',
    path: '/v1/webhook/{id}/delete',
    module: 'webhook-delete',
    readOnly: false,
  },
  {
    id: 'WebhookRotateSecret',
    role: 'admin',
    method: 'POST',
    path: '/v1/webhook/{id}/rotate-secret',
    module: 'webhook-rotate-secret',
    readOnly: false,
  },
  {
    id: 'WebhookEnable',
    role: 'admin',
    method: 'POST',
    path: '/v1/webhook/{id}/enable',
    module: 'webhook-enable',
    readOnly: false,
  },
  {
    id: 'WebhookTest',
    role: 'admin',
    method: 'POST',
    path: '/v1/webhook/{id}/test',
    module: 'webhook-test',
    // It writes its Idempotency-Key's record.
    readOnly: false,
    events: true,
  },
  {
    id: 'WebhookDeliveries',
    role: 'viewer',
    method: 'POST',
    path: '/v1/webhook/{id}/deliveries',
    module: 'webhook-deliveries',
    readOnly: true,
  },
  {
    id: 'AccountBalance',
    role: 'viewer',
    method: 'POST',
    path: '/v1/account/balance',
    module: 'account-balance',
    readOnly: true,
  },
  {
    id: 'AccountTransactions',
    role: 'viewer',
    method: 'POST',
    path: '/v1/account/transactions',
    module: 'account-transactions',
    readOnly: true,
  },
  {
    id: 'AccountPrices',
    role: 'viewer',
    method: 'POST',
    path: '/v1/account/prices',
    module: 'account-prices',
    readOnly: true,
  },
  {
    id: 'AccountSettings',
    role: 'admin',
    method: 'POST',
    path: '/v1/account/settings',
    module: 'account-settings',
    readOnly: false,
  },
  {
    id: 'AuditList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/audit/list',
    module: 'audit-list',
    readOnly: true,
  },
  {
    id: 'KeyCreate',
    role: 'admin',
    method: 'POST',
    path: '/v1/key/create',
    module: 'key-create',
    readOnly: false,
  },
  { id: 'KeyList', role: 'admin', method: 'POST', path: '/v1/key/list', module: 'key-list', readOnly: true },
  {
    id: 'KeyRevoke',
    role: 'admin',
    method: 'POST',
    path: '/v1/key/{id}/revoke',
    module: 'key-revoke',
    readOnly: false,
  },
  { id: 'Me', role: 'viewer', method: 'POST', path: '/v1/me', module: 'me', readOnly: true },
  {
    id: 'MemberInvite',
    role: 'admin',
    method: 'POST',
    path: '/v1/member/invite',
    module: 'member-invite',
    readOnly: false,
    directory: 'invite',
  },
  {
    id: 'MemberList',
    role: 'viewer',
    method: 'POST',
    path: '/v1/member/list',
    module: 'member-list',
    readOnly: true,
  },
  {
    id: 'MemberUpdate',
    role: 'admin',
    method: 'POST',
    path: '/v1/member/{id}/update',
    module: 'member-update',
    readOnly: false,
  },
  {
    id: 'MemberRemove',
    role: 'admin',
    method: 'POST',
    path: '/v1/member/{id}/remove',
    module: 'member-remove',
    readOnly: false,
    directory: 'remove',
  },
] as const satisfies readonly ApiRoute[];

/**
 * Routes anyone may read, without a key and without the table: the API's own description. They are
 * not API routes of the reference (they take no body and answer no envelope).
 */
export const OPEN_ROUTES = [
  { id: 'OpenApi', method: 'GET', path: '/v1/openapi.json', module: 'openapi', readOnly: true },
  { id: 'Docs', method: 'GET', path: '/docs', module: 'docs', readOnly: true },
  {
    id: 'DocsAsset',
    method: 'GET',
    path: '/docs/{asset}',
    module: 'docs',
    readOnly: true,
    assets: [
      'swagger-ui-dist/swagger-ui-bundle.js',
      'swagger-ui-dist/swagger-ui.css',
      'swagger-ui-dist/favicon-32x32.png',
    ],
  },
  // The page names the files by their content's hash: its function carries them too.
  { id: 'Console', method: 'GET', path: '/', module: 'console', readOnly: true, console: true },
  {
    id: 'ConsoleAsset',
    method: 'GET',
    path: '/console/{asset}',
    module: 'console',
    readOnly: true,
    console: true,
  },
  // The operators' back office: the same function, its own page and script (OPERATOR_ROUTES do the work).
  { id: 'BackOffice', method: 'GET', path: '/operateurs', module: 'console', readOnly: true, console: true },
  // Short links (CONTRACT.md, Tracked short links): GET and HEAD, with a French page for the rest.
  {
    id: 'ShortLink',
    method: 'ANY',
    path: '/l/{code}',
    module: 'short-link',
    readOnly: true,
    shortLinks: true,
  },
] as const satisfies readonly ApiRoute[];

/** The redirect's route: also served at the root of a short custom domain (`-c shortLinkDomain`). */
export const SHORT_LINK_ROUTE: ApiRoute = OPEN_ROUTES.find((route) => route.id === 'ShortLink') as ApiRoute;

/**
 * The operators' back office (CONTRACT.md, Operators' back office): routes of their own, for a token of
 * the user pool's `operators` group only. Few people call them, so one function serves them all
 * (`BACK_OFFICE_ROUTE`, whose role may do what each needs): the stack stays far below CloudFormation's
 * 500 resources a stack.
 */
export const OPERATOR_ROUTES = [
  {
    id: 'OperatorAccountList',
    method: 'POST',
    path: '/v1/operator/account/list',
    module: 'operator/account-list',
    readOnly: true,
  },
  {
    id: 'OperatorAccountCreate',
    method: 'POST',
    path: '/v1/operator/account/create',
    module: 'operator/account-create',
    readOnly: false,
    directory: 'invite',
    events: true,
  },
  {
    id: 'OperatorAccountGet',
    method: 'POST',
    path: '/v1/operator/account/{id}',
    module: 'operator/account-get',
    readOnly: true,
  },
  {
    id: 'OperatorAccountLedger',
    method: 'POST',
    path: '/v1/operator/account/{id}/ledger',
    module: 'operator/account-ledger',
    readOnly: true,
  },
  {
    id: 'OperatorAccountTopUp',
    method: 'POST',
    path: '/v1/operator/account/{id}/top-up',
    module: 'operator/account-top-up',
    readOnly: false,
    events: true,
  },
  {
    id: 'OperatorAccountAdjust',
    method: 'POST',
    path: '/v1/operator/account/{id}/adjust',
    module: 'operator/account-adjust',
    readOnly: false,
    events: true,
  },
  {
    id: 'OperatorAccountLimits',
    method: 'POST',
    path: '/v1/operator/account/{id}/limits',
    module: 'operator/account-limits',
    readOnly: false,
  },
  {
    id: 'OperatorAccountSuspend',
    method: 'POST',
    path: '/v1/operator/account/{id}/suspend',
    module: 'operator/account-suspend',
    readOnly: false,
  },
  {
    id: 'OperatorAccountResume',
    method: 'POST',
    path: '/v1/operator/account/{id}/resume',
    module: 'operator/account-resume',
    readOnly: false,
  },
  {
    id: 'OperatorSenderList',
    method: 'POST',
    path: '/v1/operator/sender/list',
    module: 'operator/sender-list',
    readOnly: true,
  },
  {
    id: 'OperatorSenderStatus',
    method: 'POST',
    path: '/v1/operator/sender/{id}/status',
    module: 'operator/sender-status',
    readOnly: false,
    events: true,
  },
  {
    id: 'OperatorPriceList',
    method: 'POST',
    path: '/v1/operator/price/list',
    module: 'operator/price-list',
    readOnly: true,
  },
  {
    id: 'OperatorPriceSet',
    method: 'POST',
    path: '/v1/operator/price/set',
    module: 'operator/price-set',
    readOnly: false,
  },
  {
    id: 'OperatorProviderCost',
    method: 'POST',
    path: '/v1/operator/price/provider-cost',
    module: 'operator/provider-cost',
    readOnly: false,
  },
  {
    id: 'OperatorOverview',
    method: 'POST',
    path: '/v1/operator/overview',
    module: 'operator/overview',
    readOnly: true,
  },
  {
    id: 'OperatorQueueList',
    method: 'POST',
    path: '/v1/operator/queue/list',
    module: 'operator/queue-list',
    readOnly: true,
  },
  {
    id: 'OperatorQueueRedrive',
    method: 'POST',
    path: '/v1/operator/queue/redrive',
    module: 'operator/queue-redrive',
    readOnly: false,
  },
] as const satisfies readonly ApiRoute[];

/** The gateway's one route to the back office's function, which finds the operator route itself. */
export const BACK_OFFICE_ROUTE = {
  id: 'Operators',
  method: 'POST',
  path: '/v1/operator/{proxy+}',
  module: 'operators',
  readOnly: false,
  directory: 'invite',
  events: true,
  indexes: ['gsi2', 'gsi3', 'gsi4', 'gsi5'],
} as const satisfies ApiRoute;

/**
 * Whether a call changes something (writes, or raises an event): such a route must honour an
 * `Idempotency-Key` (CONTRACT.md, Conventions); a test walks this list against each handler.
 */
export const hasEffect = (route: ApiRoute): boolean => !route.readOnly || route.events === true;

/** The routes the gateway sends to a function of their own, or to their family's (`family`). */
export const GATEWAY_ROUTES: readonly ApiRoute[] = [
  ...API_ROUTES.filter((route: ApiRoute) => route.family === undefined),
  BACK_OFFICE_ROUTE,
  SEGMENTS_ROUTE,
  ...EXPORTS_ROUTES,
];

/** Every route the gateway serves, open ones included (a family's routes through the family's own). */
export const ALL_ROUTES: readonly ApiRoute[] = [...GATEWAY_ROUTES, ...OPEN_ROUTES];

/** Lambda's time limit for a route (the fallback's too): its own, or the house default. */
export const timeoutSecondsOf = (route?: ApiRoute) => route?.timeoutSeconds ?? 10;

/** Serves every request no route matches, with the contract's 404 or 405. */
export const FALLBACK_MODULE = 'fallback';

/** The path parameters of `path` under `template`, or undefined when it does not fit. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = path.split('/');
  const greedy = want.at(-1)?.endsWith('+}') === true;
  if (greedy ? got.length < want.length : want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = got[index] ?? '';
    // `{name+}` (last): the rest of the path, one segment or more, as API Gateway's greedy parameter.
    const greedy = /^\{(\w+)\+\}$/.exec(part);
    if (greedy?.[1]) {
      const rest = got.slice(index).join('/');
      if (rest === '') return undefined;
      params[greedy[1]] = safeDecode(rest);
      return params;
    }
    const param = /^\{(\w+)\}$/.exec(part);
    if (param?.[1]) {
      if (actual === '') return undefined;
      params[param[1]] = safeDecode(actual);
    } else if (part !== actual) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const paramCount = (route: ApiRoute) => (route.path.match(/\{/g) ?? []).length;

export type RouteMatch =
  | { kind: 'route'; route: ApiRoute; pathParameters: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/** Like API Gateway: a literal segment wins over a parameter. */
export function findRoute(
  method: string,
  path: string,
  routes: readonly ApiRoute[] = ALL_ROUTES,
): RouteMatch {
  const fits = routes
    .map((route) => ({ route, pathParameters: matchPath(route.path, path) }))
    .filter((fit): fit is { route: ApiRoute; pathParameters: Record<string, string> } => !!fit.pathParameters)
    .sort((a, b) => paramCount(a.route) - paramCount(b.route));
  const exact =
    fits.find((fit) => fit.route.method === method.toUpperCase()) ??
    fits.find((fit) => fit.route.method === 'ANY');
  if (exact) return { kind: 'route', ...exact };
  if (fits.length > 0)
    return { kind: 'wrong-method', allowed: [...new Set(fits.map((fit) => fit.route.method))] };
  return { kind: 'none' };
}
