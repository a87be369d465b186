import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../shared/logger';
import { generateSecret } from '../../shared/webhooks/signing';

const key = 'sk_0123456789abcdefghijABCDEFGHIJ_-xyz0123456789';

describe('logs', () => {
  it('hide secrets by field name, at any depth', () => {
    const out = redact({
      apiKey: 'anything',
      headers: { authorization: 'Bearer abc', 'x-api-key': 'abc', host: 'h' },
      nested: [{ api_key: 'abc', ok: 1 }],
    });
    expect(out).toEqual({
      apiKey: '[redacted]',
      headers: { authorization: '[redacted]', 'x-api-key': '[redacted]', host: 'h' },
      nested: [{ api_key: '[redacted]', ok: 1 }],
    });
  });

  it('hide anything shaped like one of our keys, wherever it is', () => {
    expect(redact({ message: `bad key ${key} given` })).toEqual({ message: 'bad key [redacted] given' });
    expect(redact(new Error(`boom ${key}`))).toMatchObject({ name: 'Error', message: 'boom [redacted]' });
    const secret = generateSecret();
    expect(redact({ url: `https://h/?s=${secret}`, note: secret })).toEqual({
      url: 'https://h/?s=[redacted]',
      note: '[redacted]',
    });
  });

  it('write one JSON line per entry, above the level only', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', sink: (line) => lines.push(line) }).child({ requestId: 'r1' });
    log.debug('hidden');
    log.info('shown', { apiKey: key, status: 201 });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] as string);
    expect(entry).toMatchObject({
      level: 'info',
      message: 'shown',
      requestId: 'r1',
      status: 201,
      apiKey: '[redacted]',
    });
    expect(lines[0]).not.toContain(key);
  });
});
