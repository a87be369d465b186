/**
 * Amazon Cognito's local twin: the npm package `cognito-local`, run in this process (no Docker, no
 * Java), answering the same SDK calls and minting RS256 tokens whose issuer is its own address. It is
 * assembled from the package's parts rather than its command line so that the e-mails it sends
 * (invitations, password resets) are kept for `GET /_local/emails`, in the deployed pool's words.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { INVITATION_EMAIL, RESET_EMAIL, renderEmail } from '../shared/accounts/emails';
import { OPERATORS_GROUP } from '../shared/accounts/roles';

// aws-sdk v2, which the package loads for its Lambda triggers (unused here), would announce its end of support.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';

const POOL_NAME = 'sms-platform-local';
const CLIENT_NAME = 'console';

export interface LocalEmail {
  to: string;
  subject: string;
  body: string;
  /** The temporary password or the code it carries, for tests and the curious. */
  code: string;
  at: string;
}

export interface CognitoTwin {
  endpoint: string;
  userPoolId: string;
  clientId: string;
  /** The SDK client pointed at the twin. */
  client: CognitoIdentityProviderClient;
  emails: LocalEmail[];
  /** Names another address as its tokens' issuer (the rehearsal's endpoint, which stands in for Cognito's). */
  issueAs(domain: string): void;
  /**
   * Gives a user this TOTP secret (base32), verified, as if they had set it up in the console: the demo
   * operator's is known in advance, since the back office asks every operator for a code.
   */
  giveTotp(email: string, secret: string): Promise<void>;
  stop(): Promise<void>;
}

const part = createRequire(createRequire(import.meta.url).resolve('cognito-local/package.json'));
const lib = (path: string) => part(`./lib/${path}`);

/** Where the twin's messages go: kept, rendered as the deployed pool's templates render them. */
class KeptEmails {
  readonly sent: LocalEmail[] = [];
  sendEmail(
    _ctx: unknown,
    user: { Username: string; UserStatus?: string },
    destination: string,
    message: { __code?: string },
  ) {
    const code = message.__code ?? '';
    const template = user.UserStatus === 'FORCE_CHANGE_PASSWORD' ? INVITATION_EMAIL : RESET_EMAIL;
    this.sent.push({
      to: destination,
      ...renderEmail(template, { username: destination, code }),
      code,
      at: new Date().toISOString(),
    });
    return Promise.resolve();
  }
  sendSms() {
    return Promise.resolve();
  }
}

/**
 * Starts the twin on a free port of `host`, its data in `dataDir` (a folder of its own, kept) or a
 * temporary one. Its tokens are stamped with `clock`'s time: the system's, or the rehearsal's, which
 * its functions read as theirs.
 */
export async function startCognitoTwin(
  options: { host?: string; dataDir?: string; clock?: { now(): Date } } = {},
): Promise<CognitoTwin> {
  const host = options.host ?? '127.0.0.1';
  const directory = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cognito-local-'));
  const pino = part('pino');
  const { DateClock, LambdaService, MessagesService, TriggersService } = lib('services');
  const { CognitoServiceFactoryImpl } = lib('services/cognitoService');
  const { CryptoService } = lib('services/crypto');
  const { StormDBDataStoreFactory } = lib('services/dataStore/stormDb');
  const { MessageDeliveryService } = lib('services/messageDelivery/messageDelivery');
  const { otp } = lib('services/otp');
  const { JwtTokenGenerator } = lib('services/tokenGenerator');
  const { UserPoolServiceFactoryImpl } = lib('services/userPoolService');
  const { Router } = lib('server/Router');
  const { createServer } = lib('server/server');

  const logger = pino({ level: 'silent' });
  const ctx = { logger };
  // The issuer names the port, known once the server listens: the generator reads it at each token.
  const tokenConfig = { IssuerDomain: '' };
  const config = {
    LambdaClient: { credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, region: 'local' },
    TriggerFunctions: {},
    UserPoolDefaults: { UsernameAttributes: ['email'] },
    TokenConfig: tokenConfig,
    KMSConfig: { credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, region: 'local' },
    ServerConfig: { port: 0, hostname: host, development: false, https: false },
  };
  const clock = options.clock ? { get: () => options.clock?.now() ?? new Date() } : new DateClock();
  const dataStores = new StormDBDataStoreFactory(join(directory, 'db'));
  const cognito = await new CognitoServiceFactoryImpl(
    join(directory, 'db'),
    dataStores,
    new UserPoolServiceFactoryImpl(clock, dataStores),
  ).create(ctx, config.UserPoolDefaults);
  // No triggers are configured, so nothing is ever asked of this Lambda client.
  const triggers = new TriggersService(
    clock,
    cognito,
    new LambdaService({}, {}),
    new CryptoService(config.KMSConfig),
  );
  const emails = new KeptEmails();
  const services = {
    clock,
    cognito,
    config,
    messages: new MessagesService(triggers, new MessageDeliveryService(emails)),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, tokenConfig),
    triggers,
  };
  const server: Server = await createServer(Router(services), logger, config.ServerConfig, services).start();
  const endpoint = `http://${host}:${(server.address() as AddressInfo).port}`;
  tokenConfig.IssuerDomain = endpoint;

  const client = new CognitoIdentityProviderClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const stop = async () => {
    client.destroy();
    await new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    if (!options.dataDir) rmSync(directory, { recursive: true, force: true });
  };
  try {
    const { userPoolId, clientId } = await ensurePool(client);
    const issueAs = (domain: string) => {
      tokenConfig.IssuerDomain = domain;
    };
    const giveTotp = async (email: string, secret: string) => {
      const pool = await cognito.getUserPool(ctx, userPoolId);
      const user = await pool.getUserByUsername(ctx, email);
      if (!user) throw new Error(`the twin has no user ${email}`);
      await pool.saveUser(ctx, {
        ...user,
        SoftwareTokenMfaConfiguration: { Secret: secret, Verified: true },
        UserMFASettingList: ['SOFTWARE_TOKEN_MFA'],
        PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA',
      });
    };
    return { endpoint, userPoolId, clientId, client, emails: emails.sent, issueAs, giveTotp, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The pool and the console's client, made at the first start and found at the next (data kept). */
async function ensurePool(
  client: CognitoIdentityProviderClient,
): Promise<{ userPoolId: string; clientId: string }> {
  const { UserPools } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  let userPoolId = UserPools?.find((pool) => pool.Name === POOL_NAME)?.Id;
  if (!userPoolId) {
    const { UserPool } = await client.send(
      new CreateUserPoolCommand({
        PoolName: POOL_NAME,
        UsernameAttributes: ['email'],
        MfaConfiguration: 'OPTIONAL',
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      }),
    );
    userPoolId = UserPool?.Id as string;
    await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: OPERATORS_GROUP }));
  }
  const { UserPoolClients } = await client.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  let clientId = UserPoolClients?.find((found) => found.ClientName === CLIENT_NAME)?.ClientId;
  if (!clientId) {
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: CLIENT_NAME,
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    clientId = UserPoolClient?.ClientId as string;
  }
  return { userPoolId, clientId };
}

/**
 * A user who can sign in at once with `password` (no invitation, no first-password step): the demo
 * owner and the demo operator. Found, and given the password again, when they exist.
 */
export async function ensureUser(
  twin: Pick<CognitoTwin, 'client' | 'userPoolId' | 'giveTotp'>,
  user: { email: string; password: string; operator?: boolean; totpSecret?: string },
): Promise<string> {
  const { client, userPoolId } = twin;
  try {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: user.email,
        UserAttributes: [
          { Name: 'email', Value: user.email },
          { Name: 'email_verified', Value: 'true' },
        ],
        MessageAction: 'SUPPRESS',
      }),
    );
  } catch (error) {
    if (!(error instanceof UsernameExistsException)) throw error;
  }
  await client.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      Password: user.password,
      Permanent: true,
    }),
  );
  if (user.operator) {
    await client.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: userPoolId,
        Username: user.email,
        GroupName: OPERATORS_GROUP,
      }),
    );
  }
  if (user.totpSecret) await twin.giveTotp(user.email, user.totpSecret);
  const found = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: user.email }));
  const sub = found.UserAttributes?.find((attribute) => attribute.Name === 'sub')?.Value;
  if (!sub) throw new Error(`the twin has no sub for ${user.email}`);
  return sub;
}
