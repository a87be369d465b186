import { describe, expect, it } from 'vitest';
import { MissingConfiguration, readFunctionSettings } from '../../shared/config';

describe('the functions settings', () => {
  it('reads REPLY_CONFIRMATIONS as on or off, off when unset', () => {
    expect(readFunctionSettings({}).replyConfirmations).toBe(false);
    expect(readFunctionSettings({ REPLY_CONFIRMATIONS: 'on' }).replyConfirmations).toBe(true);
    expect(readFunctionSettings({ REPLY_CONFIRMATIONS: 'off' }).replyConfirmations).toBe(false);
  });

  it('refuses a value it cannot read, naming the variable, rather than guessing', () => {
    expect(() => readFunctionSettings({ REPLY_CONFIRMATIONS: 'yes' })).toThrow(MissingConfiguration);
    expect(() => readFunctionSettings({ REPLY_CONFIRMATIONS: 'yes' })).toThrow(/REPLY_CONFIRMATIONS/);
    expect(() => readFunctionSettings({ SEND_PARTS_PER_SECOND: '-1' })).toThrow(/SEND_PARTS_PER_SECOND/);
  });
});
