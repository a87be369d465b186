/** `npm start`: the whole platform on this machine, with DynamoDB Local and no AWS account. */
import { parseArgs } from 'node:util';
import { banner } from './banner';
import { PortInUseError, startLocalStack } from './stack';
import { clearState, writeState } from './state-file';

// The lockfile pins the SDK; its notice about future versions and Node 20 is not for this stack's users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values: flags } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
  allowPositionals: false,
});

const port = Number(flags.port ?? process.env.PORT ?? 3000);
const dataDir = flags['data-dir'] ?? process.env.DATA_DIR;

async function main() {
  const stack = await startLocalStack({
    port,
    dynamoPort: process.env.DYNAMODB_PORT ? Number(process.env.DYNAMODB_PORT) : undefined,
    dataDir,
    demoApiKey: process.env.DEMO_API_KEY || undefined,
    providerLatencyMs: Number(process.env.LOCAL_PROVIDER_LATENCY_MS ?? 0) || 0,
  });
  writeState({
    pid: process.pid,
    url: stack.url,
    dynamoEndpoint: stack.dynamo.endpoint,
    tableName: stack.db.tableName,
    userPool: { endpoint: stack.cognito.endpoint, userPoolId: stack.cognito.userPoolId },
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local stack…`);
    clearState();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // Whatever happens to this process, DynamoDB Local's Java process goes with it.
  process.on('exit', () => {
    stack.dynamo.process?.kill('SIGKILL');
  });

  console.log(
    banner({
      title: 'local stack',
      url: stack.url,
      dynamo: {
        endpoint: stack.dynamo.endpoint,
        note: dataDir ? `data kept in ${dataDir}` : 'in memory: gone when you stop',
      },
      demo: stack.demo,
      people: stack.people,
      admin: 'npm run admin --',
    }),
  );
}

main().catch((error: unknown) => {
  clearState();
  if (error instanceof PortInUseError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error('\nThe local stack could not start:', error instanceof Error ? error.message : error, '\n');
  }
  process.exit(1);
});
