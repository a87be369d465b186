/**
 * The back office's one function: the gateway hands it every `/v1/operator/…` request, and it runs the
 * operator route the path names (`OPERATOR_ROUTES`), with the event that route would have had alone.
 */
import { familyHandler, type RouteHandler } from './family';
import { handler as accountAdjust } from './operator/account-adjust';
import { handler as accountCreate } from './operator/account-create';
import { handler as accountGet } from './operator/account-get';
import { handler as accountLedger } from './operator/account-ledger';
import { handler as accountLimits } from './operator/account-limits';
import { handler as accountList } from './operator/account-list';
import { handler as accountResume } from './operator/account-resume';
import { handler as accountSuspend } from './operator/account-suspend';
import { handler as accountTopUp } from './operator/account-top-up';
import { handler as overview } from './operator/overview';
import { handler as priceList } from './operator/price-list';
import { handler as priceSet } from './operator/price-set';
import { handler as providerCost } from './operator/provider-cost';
import { handler as queueList } from './operator/queue-list';
import { handler as queueRedrive } from './operator/queue-redrive';
import { handler as senderList } from './operator/sender-list';
import { handler as senderStatus } from './operator/sender-status';
import { OPERATOR_ROUTES } from './routes';

type OperatorRouteId = (typeof OPERATOR_ROUTES)[number]['id'];

/** Each operator route's handler: the very ones a test loads one by one. */
export const OPERATOR_HANDLERS: Record<OperatorRouteId, RouteHandler> = {
  OperatorAccountList: accountList,
  OperatorAccountCreate: accountCreate,
  OperatorAccountGet: accountGet,
  OperatorAccountLedger: accountLedger,
  OperatorAccountTopUp: accountTopUp,
  OperatorAccountAdjust: accountAdjust,
  OperatorAccountLimits: accountLimits,
  OperatorAccountSuspend: accountSuspend,
  OperatorAccountResume: accountResume,
  OperatorSenderList: senderList,
  OperatorSenderStatus: senderStatus,
  OperatorPriceList: priceList,
  OperatorPriceSet: priceSet,
  OperatorProviderCost: providerCost,
  OperatorOverview: overview,
  OperatorQueueList: queueList,
  OperatorQueueRedrive: queueRedrive,
};

export const handler = familyHandler(OPERATOR_ROUTES, OPERATOR_HANDLERS);
