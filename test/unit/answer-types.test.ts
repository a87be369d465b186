import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { CampaignDetails, CampaignSummary } from '../../shared/campaigns/view';
import type { ContactWithOptOut } from '../../shared/contacts/view';
import type { Group } from '../../shared/groups/group';
import type { GroupChange, GroupDetails } from '../../shared/groups/view';
import type { Message } from '../../shared/messages/view';
import type { OptOut } from '../../shared/opt-outs/opt-out';
import type * as answers from '../../shared/reference/answers';
import type { Sender } from '../../shared/senders/sender';
import type { Preview } from '../../shared/text/preview';
import type { Delivery, Webhook } from '../../shared/webhooks/webhook';

type Answer<K extends keyof typeof answers> = z.output<(typeof answers)[K]>;
/** An intersection written out as one object type, as a schema's output is. */
type Flat<T> = { [K in keyof T]: T[K] };

/**
 * The answer schemas (what the OpenAPI document says) and the views' types (what the handlers build and
 * the SDK returns) are one shape: `npm test` type-checks this file, so a field added to one alone fails.
 */
describe('answer schemas and view types', () => {
  it('are the same shapes', () => {
    expectTypeOf<Answer<'senderAnswer'>>().toEqualTypeOf<Sender>();
    expectTypeOf<Answer<'contactAnswer'>>().toEqualTypeOf<Flat<ContactWithOptOut>>();
    expectTypeOf<Answer<'groupAnswer'>>().toEqualTypeOf<Group>();
    expectTypeOf<Answer<'groupDetailsAnswer'>>().toEqualTypeOf<GroupDetails>();
    expectTypeOf<Answer<'groupChangeAnswer'>>().toEqualTypeOf<GroupChange>();
    expectTypeOf<Answer<'campaignAnswer'>>().toEqualTypeOf<CampaignSummary>();
    expectTypeOf<Answer<'campaignDetailsAnswer'>>().toEqualTypeOf<CampaignDetails>();
    expectTypeOf<Answer<'messageAnswer'>>().toEqualTypeOf<Message>();
    expectTypeOf<Answer<'previewAnswer'>>().toEqualTypeOf<Preview>();
    expectTypeOf<Answer<'optOutAnswer'>>().toEqualTypeOf<OptOut>();
    expectTypeOf<Answer<'webhookAnswer'>>().toEqualTypeOf<Webhook>();
    expectTypeOf<Answer<'deliveryAnswer'>>().toEqualTypeOf<Delivery>();
  });
});
