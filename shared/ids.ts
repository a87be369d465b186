import { randomBytes } from 'node:crypto';

/**
 * Ids are 24 lowercase hex characters, time-ordered like the docs' examples: 12 hex digits of
 * milliseconds since the epoch, then 12 of a random tail that counts up within one millisecond,
 * so ids made by one process sort in creation order.
 */
const TAIL_SPACE = 2 ** 48;
let lastMillis = -1;
let tail = 0;

export function newId(at: Date = new Date()): string {
  let millis = at.getTime();
  if (millis > lastMillis) {
    lastMillis = millis;
    tail = randomBytes(6).readUIntBE(0, 6) % (TAIL_SPACE / 2);
  } else {
    millis = lastMillis;
    tail += 1;
    if (tail >= TAIL_SPACE) {
      lastMillis += 1;
      millis = lastMillis;
      tail = 0;
    }
  }
  return millis.toString(16).padStart(12, '0') + tail.toString(16).padStart(12, '0');
}

export const ID_PATTERN = /^[0-9a-f]{24}$/;

export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);
