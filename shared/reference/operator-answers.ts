/** What the operators' routes answer in `data` (CONTRACT.md, Operators' back office). */
import * as z from 'zod';
import { SENDER_STATUSES } from '../senders/sender';
import {
  balanceAnswer,
  campaignAnswer,
  id,
  instant,
  memberAnswer,
  moneySchema,
  pageInfoSchema,
  priceAnswer,
} from './answers';

const rate = z.number().nullable().meta({
  description: 'Part des messages livrés parmi ceux dont l’opérateur a rendu compte (null : aucun)',
});

const countsFields = {
  sent: z.number().int().meta({ description: 'Messages remis au fournisseur' }),
  failed: z.number().int().meta({ description: 'Messages refusés avant l’envoi (désinscrits, trop longs…)' }),
  segments: z.number().int(),
  delivered: z.number().int(),
  undelivered: z.number().int(),
  deliveryRate: rate,
  charged: moneySchema.meta({ description: 'Facturé aux comptes' }),
};

const costedFields = {
  ...countsFields,
  providerCost: moneySchema.meta({ description: 'Coût du fournisseur (segments × son prix noté par pays)' }),
  margin: moneySchema,
  uncostedSegments: z
    .number()
    .int()
    .meta({ description: 'Segments vers des pays dont le coût du fournisseur n’est pas noté' }),
};

const suspension = z.strictObject({ reason: z.string(), at: instant, by: z.string() });

export const operatorAccountAnswer = z
  .strictObject({
    id,
    name: z.string(),
    status: z.enum(['ACTIVE', 'SUSPENDED']),
    suspension: suspension.optional(),
    plan: z.strictObject({ senderLimit: z.number().int(), requestsPerSecond: z.number().int().optional() }),
    defaultSender: z.string().optional(),
    createdAt: instant,
  })
  .meta({ id: 'OperatorAccount', description: 'Un compte client, vu du back-office' });

export const openedAccountAnswer = operatorAccountAnswer
  .extend({ owner: memberAnswer.nullable() })
  .meta({ id: 'OpenedAccount', description: 'Le compte ouvert et son premier propriétaire, invité' });

export const accountRowAnswer = operatorAccountAnswer
  .extend({
    balance: balanceAnswer,
    lastActiveDay: z.string().nullable().meta({ description: 'Dernier jour d’envoi (UTC)' }),
  })
  .meta({ id: 'OperatorAccountRow', description: 'Un compte, son solde et sa dernière activité' });

export const queuedSenderAnswer = z
  .strictObject({
    id,
    accountId: id,
    name: z.string(),
    description: z.string(),
    status: z.enum(SENDER_STATUSES),
    refusalReason: z.string().optional(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'QueuedSender', description: 'Une demande d’expéditeur et son compte' });

const listOf = <Item extends z.ZodType>(item: Item) =>
  z.strictObject({ items: z.array(item), pagination: pageInfoSchema });

export const accountFileAnswer = accountRowAnswer
  .extend({
    prices: z.array(priceAnswer),
    members: listOf(memberAnswer),
    senders: listOf(queuedSenderAnswer),
    campaigns: listOf(campaignAnswer),
    usage: z.array(z.strictObject({ month: z.string(), ...countsFields })),
  })
  .meta({ id: 'OperatorAccountFile', description: 'Tout un compte, pour le back-office' });

export const operatorPriceAnswer = z
  .strictObject({
    country: z.string(),
    price: moneySchema.nullable(),
    source: z.enum(['platform', 'account']).nullable(),
    providerCost: moneySchema.nullable(),
    margin: moneySchema.nullable(),
  })
  .meta({ id: 'OperatorPrice', description: 'Un prix par segment, le coût du fournisseur et la marge' });

export const priceSetAnswer = z
  .strictObject({
    country: z.string(),
    price: moneySchema,
    source: z.enum(['platform', 'account']),
    accountId: id.nullable(),
  })
  .meta({ id: 'PriceSet', description: 'Le prix fixé' });

export const providerCostAnswer = z
  .strictObject({
    country: z.string(),
    providerCost: moneySchema.nullable(),
  })
  .meta({ id: 'ProviderCost', description: 'Le coût du fournisseur par segment vers un pays' });

const accountNamed = { id, name: z.string() };

export const overviewAnswer = z
  .strictObject({
    from: z.string(),
    to: z.string(),
    days: z.array(z.strictObject({ day: z.string(), ...countsFields })),
    total: z.strictObject(costedFields),
    countries: z.array(z.strictObject({ country: z.string(), ...costedFields })),
    networks: z.array(
      z.strictObject({
        country: z.string(),
        network: z.string().meta({ description: 'Réseau d’origine du numéro (approximatif : portabilité)' }),
        ...countsFields,
      }),
    ),
    topAccounts: z.array(z.strictObject({ ...accountNamed, ...countsFields })),
    fallingAccounts: z.array(
      z.strictObject({
        ...accountNamed,
        recentRate: z.number(),
        earlierRate: z.number(),
        recentReported: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'PlatformOverview', description: 'La plateforme sur 30 jours' });

export const deadLetterQueueAnswer = z
  .strictObject({
    name: z.string(),
    what: z.string(),
    depth: z.number().int().meta({ description: 'Messages dans la file (approximatif sur SQS)' }),
    oldestAt: instant.optional().meta({ description: 'Mis en file le plus tôt, parmi les dix premiers lus' }),
    redrivable: z.boolean().meta({ description: 'Ses messages peuvent retourner dans leur file' }),
  })
  .meta({ id: 'DeadLetterQueue', description: 'Une file de messages en échec' });

export const redriveAnswer = z
  .strictObject({ queue: z.string(), started: z.boolean() })
  .meta({ id: 'Redrive', description: 'Le renvoi lancé' });
