/** What the API answers, as the reference describes it (types only: nothing of zod reaches the page). */
import type * as z from 'zod';
import type {
  auditAnswer,
  balanceAnswer,
  campaignAnswer,
  campaignDetailsAnswer,
  clicksOverTimeAnswer,
  contactAnswer,
  createdKeyAnswer,
  deliveryAnswer,
  estimateAnswer,
  exportAnswer,
  groupAnswer,
  groupChangeAnswer,
  groupDetailsAnswer,
  keyAnswer,
  meAnswer,
  memberAnswer,
  messageAnswer,
  optOutAnswer,
  previewAnswer,
  priceAnswer,
  segmentAnswer,
  segmentPreviewAnswer,
  senderAnswer,
  statsSchema,
  transactionAnswer,
  webhookAnswer,
  webhookWithSecretAnswer,
} from '../../shared/reference/answers';

export type Sender = z.output<typeof senderAnswer>;
export type Contact = z.output<typeof contactAnswer>;
export type Group = z.output<typeof groupAnswer>;
export type Segment = z.output<typeof segmentAnswer>;
export type SegmentPreview = z.output<typeof segmentPreviewAnswer>;
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
export type Balance = z.output<typeof balanceAnswer>;
export type Transaction = z.output<typeof transactionAnswer>;
export type Price = z.output<typeof priceAnswer>;
export type Estimate = z.output<typeof estimateAnswer>;
export type Export = z.output<typeof exportAnswer>;
export type ClicksOverTime = z.output<typeof clicksOverTimeAnswer>;
export type Money = Balance['balance'];
export type Me = z.output<typeof meAnswer>;
export type Role = Me['role'];
export type Member = z.output<typeof memberAnswer>;
export type ApiKey = z.output<typeof keyAnswer>;
export type CreatedApiKey = z.output<typeof createdKeyAnswer>;
export type AuditEntry = z.output<typeof auditAnswer>;
