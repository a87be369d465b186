/**
 * The single table's shape, used both by the CDK data construct and by the local stack so the two
 * can never disagree. Key fields are generic; what goes in them is decided in `keys.ts`.
 */
export const TABLE_KEYS = { partition: 'pk', sort: 'sk' } as const;

export const GLOBAL_INDEXES = [
  // gsi1: lookups by an alternative key (API key hash, sender by name within an account).
  { name: 'gsi1', partition: 'gsi1pk', sort: 'gsi1sk', projection: 'ALL' },
  // gsi2: platform-wide views for operators and background work (senders by status, campaigns awaiting dispatch).
  { name: 'gsi2', partition: 'gsi2pk', sort: 'gsi2sk', projection: 'ALL' },
  // gsi3 to gsi5: ordered listings of large collections (campaigns: all, by status, by sender;
  // contacts: by name, newest first, by phone). Keys only, so skipping to page 50 reads keys, not
  // items, and updating an item's stats writes no index.
  { name: 'gsi3', partition: 'gsi3pk', sort: 'gsi3sk', projection: 'KEYS_ONLY' },
  { name: 'gsi4', partition: 'gsi4pk', sort: 'gsi4sk', projection: 'KEYS_ONLY' },
  { name: 'gsi5', partition: 'gsi5pk', sort: 'gsi5sk', projection: 'KEYS_ONLY' },
] as const;

export type IndexName = (typeof GLOBAL_INDEXES)[number]['name'];

/** Items that may vanish on their own (idempotency records, per-message claims) carry this epoch-seconds field. */
export const TTL_ATTRIBUTE = 'expiresAt';
