import { topUpInput } from '../../../shared/operators/inputs';
import { balanceMovement } from './balance-movement';

/** Raises `account.topped_up` for the account's webhooks. */
export const handler = balanceMovement('TOP_UP', topUpInput);
