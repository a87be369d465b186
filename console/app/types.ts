/** What the API answers, as the reference describes it (types only: nothing of zod reaches the page). */
import type * as z from 'zod';
import type {
  campaignAnswer,
  campaignDetailsAnswer,
  contactAnswer,
  deliveryAnswer,
  groupAnswer,
  groupChangeAnswer,
  groupDetailsAnswer,
  messageAnswer,
  optOutAnswer,
  previewAnswer,
  senderAnswer,
  statsSchema,
  webhookAnswer,
  webhookWithSecretAnswer,
} from '../../shared/reference/answers';

export type Sender = z.output<typeof senderAnswer>;
export type Contact = z.output<typeof contactAnswer>;
export type Group = z.output<typeof groupAnswer>;
export type GroupDetails = z.output<typeof groupDetailsAnswer>;
export type GroupChange = z.output<typeof groupChangeAnswer>;
export type Campaign = z.output<typeof campaignAnswer>;
export type CampaignDetails = z.output<typeof campaignDetailsAnswer>;
export type Stats = z.output<typeof statsSchema>;
export type Message = z.output<typeof messageAnswer>;
export type Preview = z.output<typeof previewAnswer>;
export type OptOut = z.output<typeof optOutAnswer>;
export type Webhook = z.output<typeof webhookAnswer>;
export type WebhookWithSecret = z.output<typeof webhookWithSecretAnswer>;
export type Delivery = z.output<typeof deliveryAnswer>;
