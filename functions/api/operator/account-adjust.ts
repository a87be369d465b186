import { adjustInput } from '../../../shared/operators/inputs';
import { balanceMovement } from './balance-movement';

/** Signed: a correction either way. */
export const handler = balanceMovement('ADJUSTMENT', adjustInput);
