import type { Clock } from '../clock';

/** Waits until `parts` more message parts may go out. */
export type Pacer = (parts: number) => Promise<void>;

/** What a message's pace depends on: where it goes, and from whom. */
export interface PacedMessage {
  phone: string;
  origination: string;
}

/** Waits until `parts` more parts of this message may go out. */
export type MessagePacer = (parts: number, message: PacedMessage) => Promise<void>;

/** One function's own rate, then the caps every function shares: a message waits for both. */
export function bothPaces(
  own: Pacer | undefined,
  shared: MessagePacer | undefined,
): MessagePacer | undefined {
  if (!own && !shared) return undefined;
  return async (parts, message) => {
    await own?.(parts);
    await shared?.(parts, message);
  };
}

export const realSleep = (ms: number) => new Promise<void>((wake) => setTimeout(wake, ms));

/**
 * A token bucket in message parts per second, the unit SMS providers meter: up to one second's worth
 * may go at once, then parts go out at the configured rate.
 */
export function partsPerSecond(
  rate: number,
  clock: Clock,
  sleep: (ms: number) => Promise<void> = realSleep,
): Pacer {
  if (!(rate > 0)) throw new RangeError(`a sending rate must be positive, not ${rate}`);
  let tokens = rate;
  let last = clock.now().getTime();
  return async (parts: number) => {
    for (;;) {
      const now = clock.now().getTime();
      tokens = Math.min(rate, tokens + ((now - last) / 1000) * rate);
      last = now;
      // A message longer than a whole second's worth still goes, once the bucket is full.
      if (tokens >= Math.min(parts, rate)) {
        tokens -= parts;
        return;
      }
      await sleep(Math.ceil(((Math.min(parts, rate) - tokens) / rate) * 1000));
    }
  };
}
