import type { Actor } from '../../shared/audit/audit';

/** Who the tests' changes are made by, where a use case is called without the API. */
export const TEST_ACTOR: Actor = { type: 'operator', id: 'test', label: 'Test' };
