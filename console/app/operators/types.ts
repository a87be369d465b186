/** What the operators' routes answer, as the reference describes it (types only). */
import type * as z from 'zod';
import type {
  accountFileAnswer,
  accountRowAnswer,
  deadLetterQueueAnswer,
  openedAccountAnswer,
  operatorPriceAnswer,
  overviewAnswer,
  queuedSenderAnswer,
  redriveAnswer,
} from '../../../shared/reference/operator-answers';

export type AccountRow = z.output<typeof accountRowAnswer>;
export type AccountFile = z.output<typeof accountFileAnswer>;
export type OpenedAccount = z.output<typeof openedAccountAnswer>;
export type QueuedSender = z.output<typeof queuedSenderAnswer>;
export type OperatorPrice = z.output<typeof operatorPriceAnswer>;
export type Overview = z.output<typeof overviewAnswer>;
export type DeadLetterQueue = z.output<typeof deadLetterQueueAnswer>;
export type Redrive = z.output<typeof redriveAnswer>;
/** What every usage row carries, whatever it counts by (a day, a country, a network, an account, a month). */
export type Counts = Omit<Overview['days'][number], 'day'>;
