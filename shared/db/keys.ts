/**
 * Every key the table holds is built here, from declared parts. Every item of a customer has a
 * partition key that starts with its account id, so no query keyed by one account can reach another.
 */
const account = (accountId: string) => `ACCOUNT#${accountId}`;

export const keys = {
  account: (accountId: string) => ({ pk: account(accountId), sk: 'ACCOUNT' }),

  apiKey: (accountId: string, keyId: string, hash: string) => ({
    pk: account(accountId),
    sk: `APIKEY#${keyId}`,
    gsi1pk: `APIKEY#${hash}`,
    gsi1sk: 'APIKEY',
  }),
  apiKeyByHash: (hash: string) => ({ gsi1pk: `APIKEY#${hash}` }),
  apiKeysOf: (accountId: string) => ({ pk: account(accountId), skPrefix: 'APIKEY#' }),

  sender: (accountId: string, senderId: string) => ({ pk: account(accountId), sk: `SENDER#${senderId}` }),
  sendersOf: (accountId: string) => ({ pk: account(accountId), skPrefix: 'SENDER#' }),
  senderByName: (accountId: string, nameKey: string, senderId: string) => ({
    gsi1pk: `${account(accountId)}#SENDERS_BY_NAME`,
    gsi1sk: `${nameKey}#${senderId}`,
  }),
  sendersByNameOf: (accountId: string) => ({ gsi1pk: `${account(accountId)}#SENDERS_BY_NAME` }),
  senderByStatus: (status: string, senderId: string) => ({
    gsi2pk: `SENDER_STATUS#${status}`,
    gsi2sk: senderId,
  }),
  senderNameGuard: (accountId: string, nameKey: string) => ({
    pk: account(accountId),
    sk: `SENDER_NAME#${nameKey}`,
  }),
} as const;
