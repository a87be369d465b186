import { DEFAULT_PLAN } from '../shared/accounts/account';
import { addMember, getMember } from '../shared/accounts/member-repository';
import { memberIdOf } from '../shared/accounts/members';
import { createAccount, findAccountIdByApiKey } from '../shared/accounts/repository';
import type { Clock } from '../shared/clock';
import type { Db } from '../shared/db/client';
import { unitsOf } from '../shared/money/amount';
import { moneyDeps } from '../shared/money/balance';
import { listPrices, recordMovement, setPrice } from '../shared/money/repository';
import { type CognitoTwin, ensureUser } from './cognito';

/** The demo account of a stack someone tries: found again by its key, or made. */
export async function seedDemoAccount(db: Db, clock: Clock, demoApiKey: string | undefined) {
  if (demoApiKey) {
    const existing = await findAccountIdByApiKey(db, demoApiKey);
    if (existing) return { accountId: existing, apiKey: demoApiKey, created: false };
  }
  const { account, apiKey } = await createAccount(db, {
    name: 'Demo',
    plan: DEFAULT_PLAN,
    now: clock.now(),
    ...(demoApiKey ? { apiKey: demoApiKey } : {}),
  });
  await giveOpeningBalance(db, clock, account.id);
  return { accountId: account.id, apiKey, created: true };
}

/** The people of a stack someone tries: the demo account's owner, and an operator (no account's member). */
export const DEMO_PEOPLE = {
  owner: { email: 'demo@example.com', password: 'Demo-Console-2026!' },
  /**
   * The back office asks every operator for a TOTP code: this one's secret is known in advance (add it to
   * an authenticator app, or compute the code from it), local stacks only.
   */
  operator: {
    email: 'operateur@example.com',
    password: 'Operateur-Local-2026!',
    totpSecret: 'JBSWY3DPEHPK3PXPOPERATEURLOCAL22',
  },
};

/** The demo people in the user pool, the owner a member of the demo account: made, or found again. */
export async function seedDemoPeople(
  db: Db,
  clock: Clock,
  cognito: Pick<CognitoTwin, 'client' | 'userPoolId' | 'giveTotp'>,
  accountId: string,
): Promise<typeof DEMO_PEOPLE> {
  const owner = await ensureUser(cognito, DEMO_PEOPLE.owner);
  await seedOwner(db, clock, accountId, owner, DEMO_PEOPLE.owner.email);
  await ensureUser(cognito, { ...DEMO_PEOPLE.operator, operator: true });
  return DEMO_PEOPLE;
}

/** Makes the signed-in user `userId` an owner of the account, unless they are a member already. */
async function seedOwner(db: Db, clock: Clock, accountId: string, userId: string, email: string) {
  if (await getMember(db, accountId, memberIdOf(email))) return;
  await addMember(
    db,
    {
      id: memberIdOf(email),
      accountId,
      userId,
      email,
      role: 'owner',
      status: 'ACTIVE',
      createdAt: clock.now().toISOString(),
    },
    [],
  );
}

/** What a demo account starts with, in the platform's currency (an example, as the prices are). */
export const DEMO_OPENING_BALANCE = '100000';

/** The demo account's opening top-up: once, whatever calls it again (its entry's id is fixed). */
export async function giveOpeningBalance(db: Db, clock: Clock, accountId: string): Promise<void> {
  await recordMovement(
    moneyDeps({ db }),
    accountId,
    {
      id: 'opening-balance',
      type: 'TOP_UP',
      units: unitsOf(DEMO_OPENING_BALANCE) as number,
      note: 'Solde de démonstration',
    },
    clock.now(),
  );
}

/**
 * A demonstration price list per segment, in the platform's currency (XOF by default): West Africa and a
 * few other destinations. The numbers are examples, not a tariff. Seeded only where no price is set,
 * so an operator's own list (kept with `--data-dir`) stays as it is.
 */
export const DEMO_PRICES: Record<string, string> = {
  CI: '25',
  SN: '25',
  ML: '30',
  BF: '30',
  BJ: '25',
  TG: '25',
  NE: '30',
  GN: '35',
  CM: '30',
  GA: '35',
  CD: '35',
  MA: '40',
  FR: '60',
  BE: '60',
  US: '20',
};

export async function seedDemoPrices(db: Db, clock: Clock): Promise<void> {
  if ((await listPrices(db)).length > 0) return;
  for (const [country, amount] of Object.entries(DEMO_PRICES)) {
    await setPrice(db, { country, units: unitsOf(amount) as number }, clock.now());
  }
}
