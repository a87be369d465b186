import { describe, expect, it } from 'vitest';
import { createCampaignInput } from '../../shared/campaigns/campaign';

const base = { contacts: [{ phone: '+225 07 07 07 07 07' }], text: 'Bonjour' };

describe('campaign input', () => {
  it('accepts any ISO-8601 instant and keeps the instant it names', () => {
    const parsed = createCampaignInput.parse({
      ...base,
      type: 'SCHEDULED',
      scheduledDate: '2026-07-01T11:15:00+01:00',
    });
    expect(parsed.scheduledDate?.toISOString()).toBe('2026-07-01T10:15:00.000Z');
    expect(parsed.contacts[0]?.phone).toBe('2250707070707');
  });

  it('reads recurring slots in the campaign time zone', () => {
    // 23:30 UTC on Sunday 17 March 2024 is 02:30 on Monday in Nairobi (UTC+3).
    expect(
      createCampaignInput.safeParse({
        ...base,
        type: 'RECURRING',
        timezone: 'Africa/Nairobi',
        recurring: { monday: '2024-03-17T23:30:00Z' },
      }).success,
    ).toBe(true);
    const utc = createCampaignInput.safeParse({
      ...base,
      type: 'RECURRING',
      recurring: { monday: '2024-03-17T23:30:00Z' },
    });
    expect(utc.error?.issues.map((issue) => issue.message)).toEqual([
      'falls on a sunday in UTC, not a monday',
    ]);
  });

  it('has the documented defaults', () => {
    expect(createCampaignInput.parse(base)).toMatchObject({ type: 'SMS', timezone: 'UTC', groupsIds: [] });
  });
});
