/** Time comes through this port so that tests and the local stack can set it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to: tests and the local stack's `/_local/clock`. */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: Date | string = new Date()) {
    this.#now = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  set(to: Date | string): void {
    const next = new Date(to).getTime();
    if (Number.isNaN(next)) throw new RangeError(`not an instant: ${String(to)}`);
    if (next < this.#now) throw new RangeError('the clock only moves forward');
    this.#now = next;
  }

  advance(ms: number): void {
    this.set(new Date(this.#now + ms));
  }
}

/** The local stack's clock: real time, plus however far `/_local/clock` moved it forward. */
export class OffsetClock implements Clock {
  #offset = 0;

  now(): Date {
    return new Date(Date.now() + this.#offset);
  }

  set(to: Date | string): void {
    const target = new Date(to).getTime();
    if (Number.isNaN(target)) throw new RangeError(`not an instant: ${String(to)}`);
    if (target < this.now().getTime()) throw new RangeError('the clock only moves forward');
    this.#offset = target - Date.now();
  }
}

export type SettableClock = Clock & { set(to: Date | string): void };
