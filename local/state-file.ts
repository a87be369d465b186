import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Where a running `npm start` tells the admin command line how to reach its database. */
export const STATE_FILE =
  process.env.LOCAL_STATE_FILE ?? resolve(import.meta.dirname, '..', '.local', 'stack.json');

export interface LocalStackState {
  pid: number;
  url: string;
  dynamoEndpoint: string;
  tableName: string;
  /** The user pool's twin: where `account create --owner` sends the invitation. */
  userPool?: { endpoint: string; userPoolId: string };
}

export function writeState(state: LocalStackState, file = STATE_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

export function readState(file = STATE_FILE): LocalStackState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as LocalStackState;
    process.kill(state.pid, 0); // throws when that process is gone
    return state;
  } catch {
    return undefined;
  }
}

export function clearState(file = STATE_FILE): void {
  rmSync(file, { force: true });
}
