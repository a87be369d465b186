import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../shared/clock';
import { partsPerSecond } from '../../shared/sending/pace';

/** A sleep that only moves the manual clock, and counts how long it was asked to wait. */
function fakeTime() {
  const clock = new ManualClock('2026-01-01T00:00:00Z');
  let slept = 0;
  return {
    clock,
    sleep: async (ms: number) => {
      slept += ms;
      clock.advance(ms);
    },
    slept: () => slept,
  };
}

describe('the sending pace', () => {
  it('lets one second of parts go at once, then holds to the rate', async () => {
    const time = fakeTime();
    const pace = partsPerSecond(10, time.clock, time.sleep);
    for (let i = 0; i < 10; i++) await pace(1);
    expect(time.slept()).toBe(0);
    for (let i = 0; i < 20; i++) await pace(1);
    expect(time.slept()).toBeGreaterThanOrEqual(2000);
    expect(time.slept()).toBeLessThanOrEqual(2000 + 20);
  });

  it('counts parts, not messages: a 3-part message costs three', async () => {
    const time = fakeTime();
    const pace = partsPerSecond(6, time.clock, time.sleep);
    await pace(3);
    await pace(3);
    await pace(3);
    expect(time.slept()).toBe(500);
  });

  it('refills while idle, never beyond one second', async () => {
    const time = fakeTime();
    const pace = partsPerSecond(5, time.clock, time.sleep);
    for (let i = 0; i < 5; i++) await pace(1);
    time.clock.advance(60_000);
    for (let i = 0; i < 5; i++) await pace(1);
    expect(time.slept()).toBe(0);
    await pace(1);
    expect(time.slept()).toBe(200);
  });

  it('lets a message longer than a second of parts through once the bucket is full', async () => {
    const time = fakeTime();
    const pace = partsPerSecond(2, time.clock, time.sleep);
    await pace(10);
    await pace(1);
    expect(time.slept()).toBeGreaterThan(0);
    expect(() => partsPerSecond(0, time.clock)).toThrow(RangeError);
  });
});
