/** `npm run admin -- …`: see USAGE in ./commands.ts. */

import { userInfo } from 'node:os';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { readState } from '../local/state-file';
import { CognitoUserDirectory } from '../shared/accounts/aws/cognito';
import { systemClock } from '../shared/clock';
import { settingOf } from '../shared/config';
import { createDocumentClient, type Db } from '../shared/db/client';
import { AppError } from '../shared/errors';
import type { UserDirectory } from '../shared/ports';
import { type AdminFlags, parseAdminArgs, runAdminCommand, USAGE, UsageError } from './commands';

// The lockfile pins the SDK; its notice about future versions and Node 20 is not the operator's concern.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** A deployed table (and user pool) when --table is given, else the running local stack's. */
function target(flags: AdminFlags): { db: Db; directory?: UserDirectory } {
  if (flags.table) {
    return {
      db: {
        client: createDocumentClient({ region: flags.region, endpoint: flags.endpoint }),
        tableName: flags.table,
      },
      ...(flags['user-pool']
        ? {
            directory: new CognitoUserDirectory(
              new CognitoIdentityProviderClient({ region: flags.region }),
              flags['user-pool'],
            ),
          }
        : {}),
    };
  }
  const local = readState();
  if (!local) {
    throw new UsageError('no local stack is running (start it with `npm start`), and no --table was given');
  }
  return {
    db: { client: createDocumentClient({ endpoint: local.dynamoEndpoint }), tableName: local.tableName },
    ...(local.userPool
      ? {
          directory: new CognitoUserDirectory(
            new CognitoIdentityProviderClient({
              endpoint: local.userPool.endpoint,
              region: 'local',
              credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
            }),
            local.userPool.userPoolId,
          ),
        }
      : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  try {
    const { values: flags, positionals } = parseAdminArgs(argv);
    if (flags.help || positionals.length === 0) {
      console.log(USAGE);
      return flags.help ? 0 : 2;
    }
    const { db, directory } = target(flags);
    try {
      const currency = settingOf(process.env, 'currency');
      const result = await runAdminCommand(positionals, flags, {
        db,
        clock: systemClock,
        operator: userInfo().username,
        ...(directory ? { directory } : {}),
        ...(currency ? { currency } : {}),
      });
      console.log(JSON.stringify(result, null, 2));
      return 0;
    } finally {
      db.client.destroy();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`admin: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    // A broken rule (an unknown account, a move the lifecycle refuses): its message says it all.
    if (error instanceof AppError) {
      console.error(`admin: ${error.message}`);
      return 1;
    }
    console.error('admin: failed:', error instanceof Error ? `${error.name}: ${error.message}` : error);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
