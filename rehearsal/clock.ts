/**
 * The rehearsal's time: the real clock plus an offset that `/_local/clock` moves forward, shared by the
 * main thread (the twins: queues, visibility, schedules, the carrier's reports) and every function's
 * worker, where it stands in for the system clock the way Lambda's real one would. The bundles read
 * `Date` as they do on Lambda; no setting of theirs changes.
 */
import type { SettableClock } from '../shared/clock';

export class RehearsalClock implements SettableClock {
  /** Milliseconds added to the real time, in memory every worker sees. */
  readonly shared = new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT);
  readonly #offset = new Float64Array(this.shared);

  /** `start`: the instant the rehearsal's time begins at (any, even one before the real time). */
  constructor(start?: Date | string) {
    if (start !== undefined) this.#offset[0] = new Date(start).getTime() - Date.now();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return Date.now() + (this.#offset[0] ?? 0);
  }

  advance(ms: number): void {
    this.set(new Date(this.nowMs() + ms));
  }

  /** Forward only, as `npm start`'s clock: what was due must not become due again. */
  set(to: Date | string): void {
    const target = new Date(to).getTime();
    if (Number.isNaN(target)) throw new RangeError(`not an instant: ${String(to)}`);
    if (target < this.nowMs()) throw new RangeError('the clock only moves forward');
    this.#offset[0] = target - Date.now();
  }
}

/**
 * Run in a function's worker before its bundle loads: `Date` reads the shared clock (`new Date()`,
 * `Date.now()`), everything else about it is the real `Date`. Timers stay real, as Lambda's are.
 */
export const WORKER_CLOCK_SOURCE = `
const RealDate = globalThis.Date;
const rehearsalOffset = new Float64Array(workerData.clock);
class RehearsalDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + rehearsalOffset[0]);
    else super(...args);
  }
  static now() {
    return RealDate.now() + rehearsalOffset[0];
  }
}
globalThis.Date = RehearsalDate;
`;
