import { MEMBER_STATUSES } from '../accounts/members';
import { ROLES } from '../accounts/roles';
import { ACTOR_TYPES } from '../audit/audit';
import { IMPORT_FAILURES, IMPORT_STATUSES } from '../imports/import';
/**
 * What each route answers in `data`, as schemas: the OpenAPI document is written from them, and the
 * end-to-end tests hold every answer to them (strict objects: a field a handler adds without saying
 * so fails). The answer types of the views (`shared/<entity>/view.ts`) are checked equal to these by
 * a type test, so the two cannot drift.
 */

import * as z from 'zod';
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES } from '../campaigns/campaign';
import { DEFAULT_LARGE_AUDIENCE } from '../config';
import { EXPORT_STATUSES } from '../exports/export';
import { CLICK_INTERVALS } from '../links/clicks-over-time';
import { MESSAGE_STATUSES } from '../messages/message';
import { HOLD_REFUSALS } from '../money/holds';
import { ENTRY_TYPES } from '../money/ledger';
import { OPT_OUT_SOURCES } from '../opt-outs/opt-out';
import { EVENT_TYPES, FAILURE_REASONS } from '../ports';
import { SEGMENT_OPS } from '../segments/ops';
import { SENDER_STATUSES } from '../senders/sender';
import { WEEKDAYS, type Weekday } from '../time-zones';
import { ALL_EVENTS, DELIVERY_STATUSES, WEBHOOK_STATUSES } from '../webhooks/webhook';

export const id = z
  .string()
  .meta({ description: 'Identifiant (24 caractères hexadécimaux)', examples: ['6828f5f79df4397112837d22'] });
export const instant = z
  .string()
  .meta({ description: 'Date et heure ISO 8601 (UTC)', examples: ['2025-05-17T20:47:51.320Z'] });
const phone = z
  .string()
  .meta({ description: 'Numéro au format international, sans +', examples: ['2250700000001'] });
const encoding = z.enum(['GSM-7', 'UCS-2']);

/** The list fields every listing answers beside `data` (the docs' pagination). */
export const pageInfoSchema = z.strictObject({
  totalCount: z.number().int(),
  count: z.number().int(),
  page: z.number().int(),
  totalPage: z.number().int(),
});

export const senderAnswer = z
  .strictObject({
    id,
    name: z.string(),
    description: z.string(),
    status: z.enum(SENDER_STATUSES),
    refusalReason: z.string().optional().meta({ description: 'Motif du refus (expéditeur refusé)' }),
    createdAt: instant,
  })
  .meta({ id: 'Sender', description: 'Un expéditeur (sender ID)' });

const contactFields = {
  id,
  phone,
  name: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  sex: z.enum(['M', 'F']).optional(),
  fields: z
    .record(z.string(), z.string())
    .optional()
    .meta({ description: 'Les champs propres du contact (`@cle` dans un texte)' }),
  createdAt: instant,
  updatedAt: instant.optional(),
};

export const contactAnswer = z
  .strictObject({
    ...contactFields,
    optedOut: z.boolean().meta({ description: "Vrai si le numéro s'est désinscrit (STOP)" }),
  })
  .meta({ id: 'Contact', description: 'Un contact' });

const memberSchema = z
  .strictObject(contactFields)
  .meta({ id: 'Member', description: "Un contact membre d'un groupe" });
const recipientSchema = z
  .strictObject({
    ...contactFields,
    viaGroup: z.literal(true).optional(),
    viaSegment: z.literal(true).optional().meta({ description: 'Atteint par un segment de la campagne' }),
  })
  .meta({ id: 'Recipient', description: "Un destinataire d'une campagne" });

export const groupAnswer = z
  .strictObject({
    id,
    name: z.string(),
    description: z.string().optional(),
    memberCount: z.number().int(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Group', description: 'Un groupe de contacts' });

const conditionAnswer = z
  .strictObject({
    field: z.string(),
    op: z.enum(SEGMENT_OPS),
    value: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .meta({ id: 'SegmentCondition', description: 'Une condition d’un segment' });

export const segmentAnswer = z
  .strictObject({
    id,
    name: z.string(),
    match: z.enum(['all', 'any']),
    conditions: z.array(conditionAnswer),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Segment', description: 'Un segment : un filtre enregistré sur les contacts' });

/** A segment's size: counted, or drawn from a sample of a large account. */
const segmentReach = {
  count: z
    .number()
    .int()
    .meta({ description: 'Le nombre de contacts du segment maintenant (désinscrits exclus)' }),
  approximate: z.boolean().meta({
    description:
      'Tiré d’un échantillon de contacts lus à travers un grand compte, rapporté à son nombre de contacts, au lieu d’être compté un par un',
  }),
  sampled: z.number().int().optional().meta({ description: 'Contacts lus pour un nombre approché' }),
};

export const segmentWithCountAnswer = z
  .strictObject({ ...segmentAnswer.shape, ...segmentReach })
  .meta({ id: 'SegmentWithCount', description: 'Un segment et sa taille maintenant' });

export const segmentPreviewAnswer = z
  .strictObject({
    ...segmentReach,
    sample: z
      .array(z.strictObject(contactFields))
      .meta({ description: 'Jusqu’à 10 contacts du segment (parmi ceux lus, quand le nombre est approché)' }),
  })
  .meta({ id: 'SegmentPreview', description: 'La taille d’un segment et quelques-uns de ses contacts' });

export const segmentFieldsAnswer = z
  .strictObject({ keys: z.array(z.string()) })
  .meta({ id: 'ContactFieldKeys', description: 'Les clés des champs des contacts du compte' });

export const segmentDeleteAnswer = z.strictObject({ id, deleted: z.literal(true) });

export const groupDetailsAnswer = z
  .strictObject({ ...groupAnswer.shape, members: z.array(memberSchema), membersPage: pageInfoSchema })
  .meta({ id: 'GroupDetails', description: 'Un groupe et une page de ses membres' });

export const groupChangeAnswer = z
  .strictObject({
    group: groupAnswer,
    added: z.number().int().optional(),
    alreadyMembers: z.number().int().optional(),
    contactsCreated: z.number().int().optional(),
    removed: z.number().int().optional(),
    notMembers: z.number().int().optional(),
  })
  .meta({ id: 'GroupChange', description: "Le groupe après l'ajout ou le retrait, et ce qui a changé" });

export const moneySchema = z
  .strictObject({
    amount: z.number().meta({ description: "Montant dans l'unité de la devise, 4 décimales au plus" }),
    currency: z.string().meta({ description: 'Devise (ISO 4217)', examples: ['XOF'] }),
  })
  .meta({ id: 'Money', description: 'Un montant et sa devise' });

export const statsSchema = z
  .strictObject({
    total: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    pending: z.number().int(),
    delivered: z.number().int(),
    undelivered: z.number().int(),
    unknown: z.number().int(),
    optedOut: z.number().int(),
    deferred: z.number().int(),
    parts: z.number().int(),
    clicked: z.number().int().describe('Messages dont un lien court a été cliqué au moins une fois'),
    clicks: z.number().int().describe('Clics comptés sur les liens courts (robots et HEAD exclus)'),
    cost: moneySchema.describe('What the account was charged for it.'),
  })
  .meta({ id: 'Stats', description: "Statistiques d'envoi et de remise" });

const quietHoursSchema = z.strictObject({ start: z.string(), end: z.string() });

export const campaignAnswer = z
  .strictObject({
    id,
    name: z.string(),
    type: z.enum(CAMPAIGN_TYPES),
    status: z.enum(CAMPAIGN_STATUSES),
    text: z.string(),
    optOutFooter: z.string().optional(),
    quietHours: quietHoursSchema.nullable(),
    senderId: z.string(),
    sender: z.strictObject({
      id: z.string().nullable(),
      name: z.string(),
      requested: z.string().nullable(),
      reason: z.enum(['requested', 'not-requested', 'not-found', 'not-accepted']),
    }),
    scheduledDate: instant.optional(),
    recurring: z
      .strictObject(
        Object.fromEntries(WEEKDAYS.map((day) => [day, z.string().optional()])) as Record<
          Weekday,
          z.ZodOptional<z.ZodString>
        >,
      )
      .optional(),
    timezone: z.string(),
    groupsIds: z.array(z.string()),
    segmentIds: z.array(z.string()),
    recipientCount: z.number().int(),
    preparing: z
      .literal(true)
      .optional()
      .describe(
        'Audience nombreuse en cours de lecture, après la réponse : recipientCount et analysis ne comptent encore que les contacts donnés dans la requête',
      ),
    maxCost: moneySchema.optional().describe("Plafond de coût d'un envoi"),
    validFor: z
      .number()
      .int()
      .optional()
      .describe(
        'Minutes pendant lesquelles un message peut partir après l’heure prévue (sinon : expired, non facturé)',
      ),
    trackLinks: z.boolean().describe('Ses liens remplacés par des liens courts dont les clics sont comptés'),
    linkExpiryDays: z
      .number()
      .int()
      .optional()
      .describe('Avec trackLinks : jours pendant lesquels ses liens courts mènent à leur page (puis 410)'),
    test: z.literal(true).optional().describe('Un envoi de test (campaign/test), dans aucune liste'),
    failureReason: z.enum(HOLD_REFUSALS).optional().describe('Pourquoi son dernier envoi a été refusé'),
    lastRunAt: instant.optional(),
    nextRunAt: instant.optional(),
    stats: statsSchema,
    analysis: z.strictObject({
      encoding,
      segmentsPerMessage: z.number().int(),
      totalSegments: z.number().int(),
      maxSegmentsPerMessage: z.number().int(),
      ucs2Recipients: z.number().int(),
      tooLongRecipients: z.number().int(),
    }),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Campaign', description: 'Une campagne' });

const occurrenceSchema = z
  .strictObject({
    occurrence: instant,
    status: z.enum(['SENDING', 'SENT', 'FAILED']),
    reason: z.enum(HOLD_REFUSALS).optional(),
    stats: statsSchema,
  })
  .meta({
    id: 'Occurrence',
    description: "Un envoi d'une campagne (une par semaine pour une campagne répétée)",
  });

export const campaignDetailsAnswer = z
  .strictObject({
    ...campaignAnswer.shape,
    contacts: z.array(recipientSchema),
    contactsPage: pageInfoSchema,
    occurrences: z.array(occurrenceSchema),
    occurrencesPage: pageInfoSchema,
  })
  .meta({
    id: 'CampaignDetails',
    description: 'Une campagne, une page de ses destinataires et de ses envois',
  });

export const messageAnswer = z
  .strictObject({
    campaignId: id,
    occurrence: instant,
    phone,
    contactId: id,
    text: z.string(),
    encoding: z.string(),
    segments: z.number().int(),
    status: z.enum(MESSAGE_STATUSES),
    reason: z.enum(FAILURE_REASONS).optional(),
    providerStatus: z.string().optional(),
    sentAt: instant.optional(),
    deliveredAt: instant.optional(),
    clickedAt: instant.optional().describe('Son premier clic sur un de ses liens courts (trackLinks)'),
    clicks: z.number().int().optional().describe('Les clics comptés sur ses liens courts (trackLinks)'),
    deferredUntil: instant.optional(),
    updatedAt: instant,
  })
  .meta({ id: 'Message', description: "Un message d'un envoi, tel que le destinataire le reçoit" });

export const previewAnswer = z
  .strictObject({
    encoding,
    length: z.number().int(),
    units: z.number().int(),
    segments: z.number().int(),
    perSegment: z.number().int(),
    remaining: z.number().int(),
    parts: z.array(z.string()),
    nonGsmCharacters: z.array(z.string()),
    text: z.string(),
    withinLimit: z.boolean(),
    maxSegments: z.number().int(),
    variables: z.array(z.string()),
    unknownVariables: z.array(z.string()).meta({
      description:
        "Les `@cle` qu'aucun contact du compte n'a comme champ : vides (ou leur `{défaut}`) à l'envoi",
    }),
    notVariables: z.array(z.string()).meta({
      description: 'Les `@mots` qui ne peuvent pas être des variables (`@Orange`) : envoyés tels quels',
    }),
    gsmSuggestion: z
      .strictObject({
        text: z.string(),
        encoding: z.string(),
        segments: z.number().int(),
        savedSegments: z.number().int(),
        replaced: z.array(z.string()),
      })
      .nullable(),
    shortLinks: z
      .strictObject({
        urls: z.array(z.string()).meta({ description: 'Les liens du texte, chacun une fois' }),
        segmentsWithoutShortLinks: z
          .number()
          .int()
          .meta({ description: 'Les segments du texte avec ses liens tels qu’écrits' }),
      })
      .nullable()
      .meta({
        description: 'Avec `trackLinks` : les liens remplacés et ce qu’ils coûteraient tels qu’écrits',
      }),
  })
  .meta({ id: 'Preview', description: "L'aperçu d'un texte : encodage, segments, personnalisation" });

export const optOutAnswer = z
  .strictObject({
    phone,
    source: z.enum(OPT_OUT_SOURCES),
    keyword: z.string().optional(),
    reason: z.string().optional(),
    createdAt: instant,
  })
  .meta({ id: 'OptOut', description: 'Un numéro désinscrit' });

export const optOutAddAnswer = z.strictObject({ added: z.number().int(), alreadyOptedOut: z.number().int() });
export const optOutRemoveAnswer = z.strictObject({
  removed: z.number().int(),
  notOptedOut: z.number().int(),
});

export const webhookAnswer = z
  .strictObject({
    id,
    url: z.string(),
    events: z.array(z.enum([...EVENT_TYPES, ALL_EVENTS])),
    description: z.string(),
    status: z.enum(WEBHOOK_STATUSES),
    disabledReason: z.string().optional(),
    createdAt: instant,
  })
  .meta({ id: 'Webhook', description: 'Un point de réception de webhooks' });

export const webhookWithSecretAnswer = z
  .strictObject({
    ...webhookAnswer.shape,
    secret: z.string().meta({ description: 'Secret de signature (whsec_…), affiché une seule fois' }),
  })
  .meta({
    id: 'WebhookWithSecret',
    description: 'Un point de réception et son secret, montré une seule fois',
  });

export const keyAnswer = z
  .strictObject({
    id,
    name: z.string().nullable().meta({ description: 'Son nom (null : une clé d’avant les noms)' }),
    role: z.enum(ROLES),
    preview: z.string().meta({ description: 'Les premiers caractères, pour la reconnaître' }),
    createdAt: instant,
    lastUsedAt: instant.optional().meta({ description: 'Sa dernière requête (à la seconde)' }),
    revokedAt: instant.optional(),
  })
  .meta({ id: 'ApiKey', description: 'Une clé API du compte (jamais la clé elle-même)' });

export const createdKeyAnswer = z
  .strictObject({
    ...keyAnswer.shape,
    key: z.string().meta({ description: 'La clé (sk_…), affichée une seule fois' }),
  })
  .meta({ id: 'CreatedApiKey', description: 'Une clé API créée, et la clé, montrée une seule fois' });

export const meAnswer = z
  .strictObject({
    actor: z.strictObject({
      type: z.enum(['user', 'key']),
      id: z.string(),
      label: z.string().meta({ description: 'Son e-mail, ou le nom de la clé' }),
    }),
    accountId: z.string().meta({ description: 'Le compte où agit cette requête' }),
    role: z.enum(ROLES),
    accounts: z
      .array(z.strictObject({ id: z.string(), name: z.string(), role: z.enum(ROLES) }))
      .meta({ description: 'Chaque compte où la personne (ou la clé) peut agir, avec son rôle' }),
  })
  .meta({ id: 'Me', description: 'Qui fait la requête, et dans quels comptes' });

export const memberAnswer = z
  .strictObject({
    id,
    email: z.string().meta({ description: 'Son adresse e-mail (son identifiant de connexion)' }),
    role: z.enum(ROLES),
    status: z
      .enum(MEMBER_STATUSES)
      .meta({ description: 'INVITED jusqu’à sa première requête dans le compte (sa première connexion)' }),
    createdAt: instant,
    lastSeenAt: instant.optional().meta({ description: 'Sa dernière requête dans le compte (à la seconde)' }),
  })
  .meta({ id: 'TeamMember', description: 'Une personne de l’équipe du compte' });

export const auditAnswer = z
  .strictObject({
    id,
    at: instant,
    actor: z.strictObject({
      type: z.enum(ACTOR_TYPES),
      id: z.string(),
      label: z.string().meta({ description: 'L’e-mail d’une personne, le nom d’une clé, un opérateur' }),
    }),
    action: z.string().meta({ description: '<objet>.<verbe>', examples: ['campaign.cancel'] }),
    target: z.strictObject({ type: z.string(), id: z.string() }),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'AuditEntry', description: 'Une modification du compte : qui, quoi, quand' });

export const deliveryAnswer = z
  .strictObject({
    eventId: z.string(),
    type: z.enum(EVENT_TYPES),
    attempts: z.number().int(),
    status: z.enum(DELIVERY_STATUSES),
    lastStatusCode: z.number().int().optional(),
    lastError: z.string().optional(),
    nextAttemptAt: instant.optional(),
    createdAt: instant,
  })
  .meta({ id: 'WebhookDelivery', description: "La livraison d'un événement à un point de réception" });

export const balanceAnswer = z
  .strictObject({
    balance: moneySchema,
    reserved: moneySchema,
    available: moneySchema,
    creditLimit: moneySchema,
    lowBalanceThreshold: moneySchema.nullable(),
    monthlySpendLimit: moneySchema.nullable(),
    spentThisMonth: moneySchema,
  })
  .meta({
    id: 'Balance',
    description: 'Le solde du compte : disponible = solde − réservé + crédit autorisé',
  });

export const transactionAnswer = z
  .strictObject({
    id: z.string(),
    type: z.enum(ENTRY_TYPES),
    amount: moneySchema,
    balanceAfter: moneySchema,
    campaignId: id.optional(),
    occurrence: instant.optional(),
    segments: z.number().int().optional(),
    note: z.string().optional(),
    createdAt: instant,
  })
  .meta({ id: 'Transaction', description: 'Un mouvement du solde (montant signé)' });

export const priceAnswer = z
  .strictObject({
    country: z.string().meta({ description: 'Pays de destination (ISO 3166 alpha-2)', examples: ['CI'] }),
    price: moneySchema.describe('Prix par segment'),
    source: z.enum(['platform', 'account']).meta({
      description: 'Le tarif de la plateforme, ou un tarif propre au compte',
    }),
  })
  .meta({ id: 'Price', description: "Le prix d'un segment vers un pays" });

export const estimateAnswer = z
  .strictObject({
    recipients: z.number().int().meta({ description: 'Destinataires facturables' }),
    segments: z.number().int(),
    cost: moneySchema,
    byCountry: z.array(
      z.strictObject({
        country: z.string(),
        recipients: z.number().int(),
        segments: z.number().int(),
        price: moneySchema,
        cost: moneySchema,
      }),
    ),
    unpriced: z.array(z.strictObject({ phone: z.string(), country: z.string().nullable() })),
    optedOut: z.number().int(),
    tooLong: z.number().int(),
    available: moneySchema,
    sufficient: z.boolean(),
    reason: z.enum(HOLD_REFUSALS).optional(),
    approximate: z.boolean().meta({
      description: `Au-delà de ${DEFAULT_LARGE_AUDIENCE} destinataires possibles (par défaut ; réglable au déploiement), l'estimation est tirée d'échantillons de chaque groupe (et des contacts, pour les segments), rapportés à leur taille : un numéro présent dans deux groupes y compte deux fois. Le coût exact est retenu à l'envoi`,
    }),
    sampled: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Destinataires lus pour une estimation approchée' }),
  })
  .meta({ id: 'Estimate', description: "Le coût d'une campagne avant l'envoi, pays par pays" });

export const webhookTestAnswer = z.strictObject({ eventId: z.string(), type: z.literal('webhook.test') });
export const testSendAnswer = z
  .strictObject({
    messages: z.array(
      z.strictObject({
        phone,
        text: z.string(),
        segments: z.number().int(),
        status: z.enum(MESSAGE_STATUSES),
        reason: z.enum(FAILURE_REASONS).optional(),
      }),
    ),
  })
  .meta({ id: 'TestSend', description: 'Ce que devient chaque message d’un test' });

export const exportStartAnswer = z
  .strictObject({ id, status: z.literal('RUNNING') })
  .meta({ id: 'ExportStarted', description: 'L’export commencé : demandez-le par son id jusqu’à READY' });
export const exportAnswer = z
  .strictObject({
    id,
    campaignId: id,
    status: z.enum(EXPORT_STATUSES),
    rows: z.number().int().meta({ description: 'Lignes du fichier (messages), une fois READY' }),
    createdAt: instant,
    finishedAt: instant.optional(),
    url: z
      .string()
      .optional()
      .meta({ description: 'Le lien du fichier CSV, une fois READY : valable une heure' }),
    expiresAt: instant.optional().meta({ description: 'Quand le lien cesse de marcher' }),
  })
  .meta({
    id: 'Export',
    description: 'Un export CSV du journal des messages ; le fichier est gardé 7 jours',
  });

export const importUploadAnswer = z
  .strictObject({
    id,
    status: z.enum(IMPORT_STATUSES),
    groupId: id.optional().meta({ description: 'Le groupe où entrent les contacts' }),
    uploadUrl: z.string().meta({
      description:
        'Où envoyer le fichier CSV, en un seul PUT (le corps : le fichier tel quel), avant expiresAt',
    }),
    expiresAt: instant.meta({ description: 'Quand le lien d’envoi cesse de marcher (15 minutes)' }),
    maxBytes: z.number().int().meta({ description: 'La taille la plus grande lue (100 Mo)' }),
  })
  .meta({ id: 'ImportUpload', description: 'Un import commencé : où envoyer son fichier' });
export const importAnswer = z
  .strictObject({
    id,
    status: z.enum(IMPORT_STATUSES),
    groupId: id.optional(),
    rowsRead: z.number().int().meta({ description: 'Lignes lues (sans l’en-tête ni les lignes vides)' }),
    imported: z
      .number()
      .int()
      .meta({ description: 'Lignes enregistrées comme contacts (et ajoutées au groupe)' }),
    duplicates: z
      .number()
      .int()
      .meta({ description: 'Lignes dont le numéro est déjà venu plus haut dans le fichier' }),
    refused: z.number().int().meta({ description: 'Lignes refusées (numéro ou valeur invalide)' }),
    bytes: z.number().int().optional().meta({ description: 'La taille du fichier, une fois arrivé' }),
    bytesRead: z.number().int().meta({ description: 'Octets lus : l’avancement, rapporté à bytes' }),
    createdAt: instant,
    startedAt: instant.optional(),
    finishedAt: instant.optional(),
    reason: z.enum(IMPORT_FAILURES).optional().meta({ description: 'Pourquoi l’import a échoué (FAILED)' }),
    errorsUrl: z.string().optional().meta({
      description:
        'Les lignes refusées (ligne, valeur, raison) en CSV, une fois l’import fini : lien valable une heure',
    }),
    errorsExpiresAt: instant.optional(),
  })
  .meta({ id: 'Import', description: 'Un import de contacts : où il en est, ce qu’il a lu et écrit' });

export const clicksOverTimeAnswer = z
  .strictObject({
    campaignId: id,
    interval: z.enum(CLICK_INTERVALS),
    timezone: z.string().meta({ description: 'Le fuseau de la campagne, où commencent les jours' }),
    clicks: z.number().int().meta({ description: 'Clics comptés, en tout' }),
    points: z
      .array(
        z.strictObject({
          at: instant.meta({ description: 'Le début de l’heure ou du jour' }),
          clicks: z.number().int(),
        }),
      )
      .meta({ description: 'Chaque heure ou chaque jour, du premier clic au dernier (zéro compris)' }),
  })
  .meta({ id: 'ClicksOverTime', description: 'Les clics d’une campagne au fil du temps' });

export const contactDeleteAnswer = z.strictObject({ id, deleted: z.literal(true) });
export const webhookDeleteAnswer = z.strictObject({ id, deleted: z.literal(true) });
