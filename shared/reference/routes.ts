/**
 * Each route as the reference tells it (in French, as the public docs): the schema its body is
 * validated with (the very object its handler uses: a test checks it), what `data` holds, and the
 * errors only it answers. `openapi.ts` writes the document from this and `functions/api/routes.ts`.
 */

import type { z } from 'zod';
import { createKeyInput, listKeysInput, revokeKeyInput } from '../accounts/keys-input';
import { meInput } from '../accounts/me';
import {
  inviteMemberInput,
  listMembersInput,
  removeMemberInput,
  updateMemberInput,
} from '../accounts/members';
import { listAuditInput } from '../audit/audit';
import {
  cancelCampaignInput,
  createCampaignInput,
  getCampaignInput,
  listCampaignsInput,
} from '../campaigns/campaign';
import { DEFAULT_LARGE_AUDIENCE } from '../config';
import {
  createContactInput,
  deleteContactInput,
  getContactInput,
  listContactsInput,
  updateContactInput,
} from '../contacts/contact';
import type { ErrorCode } from '../errors';
import { exportCampaignInput, exportInput } from '../exports/export';
import {
  addToGroupInput,
  createGroupInput,
  getGroupInput,
  listGroupsInput,
  removeFromGroupInput,
} from '../groups/group';
import { importInput, startImportInput } from '../imports/import';
import { clicksOverTimeInput } from '../links/clicks-over-time';
import { listMessagesInput } from '../messages/message';
import { balanceInput, pricesInput, settingsInput, transactionsInput } from '../money/account';
import { addOptOutsInput, listOptOutsInput, removeOptOutsInput } from '../opt-outs/opt-out';
import {
  countSegmentInput,
  createSegmentInput,
  listSegmentsInput,
  previewSegmentInput,
  SEGMENT_COUNT_SAMPLE,
  segmentInput,
  updateSegmentInput,
} from '../segments/segment';
import { createSenderInput, listSendersInput, senderCampaignsInput } from '../senders/sender';
import { testSendInput } from '../sending/test-send';
import { previewInput } from '../text/preview';
import { createWebhookInput, emptyInput, listDeliveriesInput, listWebhooksInput } from '../webhooks/webhook';
import {
  auditAnswer,
  balanceAnswer,
  campaignAnswer,
  campaignDetailsAnswer,
  clicksOverTimeAnswer,
  contactAnswer,
  contactDeleteAnswer,
  createdKeyAnswer,
  deliveryAnswer,
  estimateAnswer,
  exportAnswer,
  exportStartAnswer,
  groupAnswer,
  groupChangeAnswer,
  groupDetailsAnswer,
  importAnswer,
  importUploadAnswer,
  keyAnswer,
  meAnswer,
  memberAnswer,
  messageAnswer,
  optOutAddAnswer,
  optOutAnswer,
  optOutRemoveAnswer,
  previewAnswer,
  priceAnswer,
  segmentAnswer,
  segmentDeleteAnswer,
  segmentFieldsAnswer,
  segmentPreviewAnswer,
  segmentWithCountAnswer,
  senderAnswer,
  testSendAnswer,
  transactionAnswer,
  webhookAnswer,
  webhookDeleteAnswer,
  webhookTestAnswer,
  webhookWithSecretAnswer,
} from './answers';

export type Tag =
  | 'Expéditeurs'
  | 'Contacts'
  | 'Groupes'
  | 'Segments'
  | 'Campagnes'
  | 'Désinscriptions'
  | 'Webhooks'
  | 'Compte'
  | 'Clés API'
  | 'Équipe'
  | 'Journal'
  | 'SMS'
  | 'Opérateurs';

export interface RouteReference {
  tag: Tag;
  summary: string;
  description?: string;
  body: z.ZodType;
  /** What `data` holds; a listing's `data` is an array of it, with the list fields beside. */
  answer: z.ZodType;
  list?: boolean;
  /** `201` for what it creates; `200` otherwise. */
  status: 200 | 201;
  /** Takes an `Idempotency-Key` header. */
  idempotent?: boolean;
  /** The errors only this route answers (the ones every route may answer are added to all). */
  errors?: readonly ErrorCode[];
  /** What each field of the body means, in the docs' words (`page` and `count` are said for all). */
  fields?: Record<string, string>;
  /** A request body and its answer's `data`, from the public docs where they give one. */
  example?: { request: Record<string, unknown>; answer?: unknown };
  /** More request bodies from the docs, by name (the standard, scheduled and recurring campaigns). */
  moreExamples?: Record<string, { summary: string; request: Record<string, unknown> }>;
}

/** By route id (`functions/api/routes.ts`). */
/** The fields of a campaign's body: its create and its estimate take the same. */
const CAMPAIGN_FIELDS = {
  name: 'Nom de la campagne',
  contacts:
    'Liste des contacts destinataires (enregistrés par id, ou nouveaux : enregistrés si le numéro n’existe pas)',
  groupsIds: 'Liste des identifiants de groupes dont les contacts s’ajoutent à la campagne',
  segmentIds:
    'Segments dont les contacts s’ajoutent à la campagne (10 au plus), évalués à chaque envoi d’une campagne programmée ou répétée',
  text: 'Contenu du message (@nom_complet, @prenom, @nom… personnalisent)',
  senderId: 'Identifiant ou nom de l’expéditeur : utilisé s’il est validé, sinon l’expéditeur par défaut',
  type: 'Type de campagne',
  scheduledDate: 'Date de programmation (type SCHEDULED), au quart d’heure',
  recurring: 'Jours et heures de répétition (type RECURRING) : seuls le jour et l’heure comptent',
  timezone: 'Fuseau horaire des heures données (IANA, par exemple Africa/Abidjan)',
  optOutFooter: 'Ajoute la ligne de désinscription (STOP) au texte',
  quietHours: 'Heures calmes, dans l’heure locale de chaque destinataire (null : aucune)',
  maxCost: 'Plafond de coût d’un envoi : au-delà, il est refusé (cost-cap-exceeded)',
  validFor:
    'Validité en minutes (15 à 4320) : un message qui n’est pas parti dans ce délai après l’heure prévue échoue (expired), non facturé',
  trackLinks:
    'Remplace chaque lien http(s) de chaque message par un lien court qui lui est propre, dont les clics sont comptés',
  linkExpiryDays:
    'Avec trackLinks : jours pendant lesquels les liens courts mènent à leur page (1 à 365, 90 par défaut)',
};

export const ROUTE_REFERENCE = {
  SenderCreate: {
    tag: 'Expéditeurs',
    summary: 'Créer un expéditeur',
    description:
      'Crée un expéditeur (sender ID) en attente de validation. Le nom fait 3 à 11 caractères alphanumériques, unique dans le compte quelle que soit la casse.',
    fields: {
      name: 'Nom de l’expéditeur (3 à 11 caractères alphanumériques)',
      description: 'Description de l’expéditeur',
    },
    body: createSenderInput,
    answer: senderAnswer,
    status: 201,
    idempotent: true,
    errors: ['sender-name-taken', 'sender-limit-reached'],
    example: {
      request: {
        apiKey: 'YOUR_API_KEY',
        name: 'MySender',
        description: 'My custom sender ID for marketing campaigns',
      },
      answer: {
        id: '6828f5f79df4397112837d22',
        name: 'MySender',
        description: 'My custom sender ID for marketing campaigns',
        status: 'PENDING',
        createdAt: '2025-05-17T20:47:51.320Z',
      },
    },
  },
  SenderList: {
    tag: 'Expéditeurs',
    summary: 'Lister les expéditeurs',
    description: 'Récupère la liste des expéditeurs avec pagination et tri.',
    fields: { sort: 'Ordre de tri', orderBy: 'Champ de tri' },
    body: listSendersInput,
    answer: senderAnswer,
    list: true,
    status: 200,
    example: { request: { apiKey: 'YOUR_API_KEY', sort: 'asc', orderBy: 'createdAt', count: 10, page: 1 } },
  },
  SenderCampaigns: {
    tag: 'Expéditeurs',
    summary: "Lister les campagnes d'un expéditeur",
    body: senderCampaignsInput,
    answer: campaignAnswer,
    list: true,
    status: 200,
    errors: ['sender-not-found'],
  },
  SmsPreview: {
    tag: 'SMS',
    summary: 'Prévisualiser un texte',
    description:
      'Encodage (GSM-7 ou UCS-2), segments (160/153 ou 70/67), personnalisation (@nom_complet, @prenom…) et suggestion GSM-7.',
    fields: {
      text: 'Texte à prévisualiser',
      contact: 'Contact pour lequel personnaliser le texte',
      optOutFooter: 'Avec la ligne de désinscription',
      trackLinks: 'Avec des liens courts : le texte est mesuré tel qu’il part (lien court de la plateforme)',
    },
    body: previewInput,
    answer: previewAnswer,
    status: 200,
    example: { request: { apiKey: 'YOUR_API_KEY', text: 'Bonjour @prenom, votre commande est prête.' } },
  },
  ContactCreate: {
    tag: 'Contacts',
    summary: 'Créer un contact',
    fields: {
      phone: 'Numéro de téléphone avec l’indicatif du pays, sans + (22500000000)',
      name: 'Nom complet',
      firstName: 'Prénom',
      lastName: 'Nom de famille',
      sex: 'Genre',
      fields: 'Champs propres du contact, { cle: valeur } (30 au plus ; `@cle` dans un texte)',
    },
    body: createContactInput,
    answer: contactAnswer,
    status: 201,
    idempotent: true,
    errors: ['contact-phone-taken'],
    example: {
      request: { apiKey: 'YOUR_API_KEY', phone: '2250101010101', firstName: 'Awa', lastName: 'Koné' },
    },
  },
  ContactList: {
    tag: 'Contacts',
    summary: 'Lister les contacts',
    fields: {
      phone: 'Numéros commençant par ces chiffres',
      search: 'Recherche dans les noms et prénoms, sans tenir compte des accents',
    },
    body: listContactsInput,
    answer: contactAnswer,
    list: true,
    status: 200,
  },
  ContactGet: {
    tag: 'Contacts',
    summary: 'Détails d’un contact',
    body: getContactInput,
    answer: contactAnswer,
    status: 200,
    errors: ['contact-not-found'],
  },
  ContactUpdate: {
    tag: 'Contacts',
    summary: 'Modifier un contact',
    description:
      'Les noms donnés remplacent les anciens (`null` les retire) ; les champs sont fusionnés : une valeur `null` retire le champ. Les groupes du contact voient ses nouvelles valeurs.',
    fields: {
      name: 'Nom complet (`null` le retire)',
      firstName: 'Prénom (`null` le retire)',
      lastName: 'Nom de famille (`null` le retire)',
      sex: 'Genre (`null` le retire)',
      fields: 'Champs à modifier, { cle: valeur } ; `null` retire le champ',
    },
    body: updateContactInput,
    answer: contactAnswer,
    status: 200,
    idempotent: true,
    errors: ['contact-not-found'],
  },
  ContactDelete: {
    tag: 'Contacts',
    summary: 'Supprimer un contact',
    description:
      'Le contact est retiré de tous ses groupes. Les campagnes déjà créées gardent leurs destinataires. ' +
      'Une suppression interrompue (délai dépassé) se termine en la renvoyant : elle répond alors 404 et retire ' +
      'le contact de ses groupes.',
    body: deleteContactInput,
    answer: contactDeleteAnswer,
    status: 200,
    idempotent: true,
    errors: ['contact-not-found'],
  },
  SegmentCreate: {
    tag: 'Segments',
    summary: 'Créer un segment',
    description:
      'Un filtre enregistré sur les contacts, évalué à chaque envoi : `match` `all` (toutes les conditions) ou `any` (au moins une). Sans condition : tous les contacts. Les désinscrits n’en font jamais partie.',
    fields: {
      name: 'Nom du segment',
      match: '`all` (par défaut) ou `any`',
      conditions:
        '20 au plus : { field, op, value? } ; field : phone, country, name, firstName, lastName, sex, createdAt, group ou fields.<cle>',
    },
    body: createSegmentInput,
    answer: segmentAnswer,
    status: 201,
    idempotent: true,
    example: {
      request: {
        apiKey: 'YOUR_API_KEY',
        name: 'Abidjan, abonnement en fin de mois',
        match: 'all',
        conditions: [
          { field: 'fields.ville', op: 'eq', value: 'Abidjan' },
          { field: 'fields.fin_abonnement', op: 'before', value: '2026-07-01' },
        ],
      },
    },
  },
  SegmentList: {
    tag: 'Segments',
    summary: 'Lister les segments',
    body: listSegmentsInput,
    answer: segmentAnswer,
    list: true,
    status: 200,
  },
  SegmentPreview: {
    tag: 'Segments',
    summary: 'Compter les contacts de conditions (sans les enregistrer)',
    description: `Dans un compte de plus de ${DEFAULT_LARGE_AUDIENCE} contacts (par défaut ; réglable au déploiement), le nombre est tiré d’environ ${SEGMENT_COUNT_SAMPLE} contacts lus à travers le compte (\`approximate\`), et les contacts montrés sont pris parmi eux ; \`exact: true\` les compte un par un (plus lent).`,
    fields: {
      match: '`all` (par défaut) ou `any`',
      conditions: '20 au plus, comme à la création d’un segment',
      exact: 'Compter un par un même dans un grand compte',
    },
    body: previewSegmentInput,
    answer: segmentPreviewAnswer,
    status: 200,
  },
  SegmentFields: {
    tag: 'Segments',
    summary: 'Les champs des contacts du compte',
    description: 'Les clés que les textes (`@cle`) et les conditions (`fields.cle`) peuvent utiliser.',
    body: segmentInput,
    answer: segmentFieldsAnswer,
    status: 200,
  },
  SegmentGet: {
    tag: 'Segments',
    summary: 'Détails d’un segment et sa taille maintenant',
    description: `Dans un compte de plus de ${DEFAULT_LARGE_AUDIENCE} contacts (par défaut ; réglable au déploiement), la taille est tirée d’environ ${SEGMENT_COUNT_SAMPLE} contacts lus à travers le compte (\`approximate\`) ; \`exact: true\` les compte un par un (plus lent). Une campagne évalue toujours le segment contact par contact.`,
    fields: { exact: 'Compter un par un même dans un grand compte' },
    body: countSegmentInput,
    answer: segmentWithCountAnswer,
    status: 200,
    errors: ['segment-not-found'],
  },
  SegmentUpdate: {
    tag: 'Segments',
    summary: 'Modifier un segment',
    fields: {
      name: 'Nouveau nom',
      match: '`all` ou `any`',
      conditions: 'Nouvelles conditions (remplacent les anciennes)',
    },
    body: updateSegmentInput,
    answer: segmentAnswer,
    status: 200,
    idempotent: true,
    errors: ['segment-not-found'],
  },
  SegmentDelete: {
    tag: 'Segments',
    summary: 'Supprimer un segment',
    description: 'Les campagnes récurrentes qui le visent ne l’atteignent plus.',
    body: segmentInput,
    answer: segmentDeleteAnswer,
    status: 200,
    idempotent: true,
    errors: ['segment-not-found'],
  },
  GroupCreate: {
    tag: 'Groupes',
    summary: 'Créer un groupe',
    fields: { name: 'Nom du groupe', description: 'Description du groupe' },
    body: createGroupInput,
    answer: groupAnswer,
    status: 201,
    idempotent: true,
    example: { request: { apiKey: 'YOUR_API_KEY', name: 'VIP', description: 'Clients fidèles' } },
  },
  GroupList: {
    tag: 'Groupes',
    summary: 'Lister les groupes',
    body: listGroupsInput,
    answer: groupAnswer,
    list: true,
    status: 200,
  },
  GroupGet: {
    tag: 'Groupes',
    summary: 'Détails d’un groupe et de ses membres',
    body: getGroupInput,
    answer: groupDetailsAnswer,
    status: 200,
    errors: ['group-not-found'],
  },
  GroupAdd: {
    tag: 'Groupes',
    summary: 'Ajouter des contacts à un groupe',
    description: 'Contacts existants (par id) ou nouveaux (par numéro, enregistrés au passage).',
    fields: {
      contacts: 'Contacts à ajouter par numéro (enregistrés s’ils sont nouveaux)',
      contactIds: 'Identifiants de contacts enregistrés à ajouter',
    },
    body: addToGroupInput,
    answer: groupChangeAnswer,
    status: 200,
    idempotent: true,
    errors: ['group-not-found', 'contact-not-found'],
  },
  GroupRemove: {
    tag: 'Groupes',
    summary: 'Retirer des contacts d’un groupe',
    fields: { contactIds: 'Identifiants des contacts à retirer' },
    body: removeFromGroupInput,
    answer: groupChangeAnswer,
    status: 200,
    idempotent: true,
    errors: ['group-not-found'],
  },
  CampaignCreate: {
    tag: 'Campagnes',
    summary: 'Créer une campagne',
    description:
      'Envoi immédiat (SMS), programmé (SCHEDULED, au quart d’heure) ou répété chaque semaine (RECURRING). Les contacts enregistrés, nouveaux et ceux des groupes sont réunis ; l’expéditeur demandé est utilisé s’il est validé, sinon l’expéditeur par défaut.',
    fields: CAMPAIGN_FIELDS,
    body: createCampaignInput,
    answer: campaignAnswer,
    status: 201,
    idempotent: true,
    errors: [
      'contact-not-found',
      'group-not-found',
      'segment-not-found',
      'insufficient-balance',
      'spend-limit-reached',
      'cost-cap-exceeded',
    ],
    example: {
      request: {
        apiKey: 'YOUR_API_KEY',
        contacts: [{ id: 'contact_1', phone: '22500000000', name: 'John Doe' }, { phone: '2250101010101' }],
        groupsIds: ['group_1', 'group_2'],
        text: 'Bonjour @nom_complet bon début de semaine.',
        senderId: 'My Sender',
      },
    },
    moreExamples: {
      programmee: {
        summary: 'Campagne programmée',
        request: {
          apiKey: 'YOUR_API_KEY',
          contacts: [{ id: 'contact_1', phone: '22500000000', name: 'John Doe' }],
          text: 'Rappel : Votre rendez-vous est demain à 10h.',
          senderId: 'My Sender',
          type: 'SCHEDULED',
          scheduledDate: '2024-03-20T10:00:00Z',
        },
      },
      repetee: {
        summary: 'Campagne répétée',
        request: {
          apiKey: 'YOUR_API_KEY',
          contacts: [{ id: 'contact_1', phone: '22500000000', name: 'John Doe' }],
          text: "Rappel hebdomadaire : N'oubliez pas votre séance.",
          senderId: 'My Sender',
          type: 'RECURRING',
          recurring: {
            monday: '2024-03-18T09:00:00Z',
            wednesday: '2024-03-20T09:00:00Z',
            friday: '2024-03-22T09:00:00Z',
          },
        },
      },
    },
  },
  CampaignTest: {
    tag: 'Campagnes',
    summary: 'Envoyer un test',
    description:
      'Le texte part maintenant vers 1 à 5 numéros, par le même chemin qu’une campagne (même expéditeur, même rendu, même facturation), dans aucune liste de campagnes ; 30 tests par heure et par compte (429 au-delà).',
    fields: {
      text: 'Le texte à essayer (@prenom, @cle… rendus avec les valeurs de `contact`)',
      senderId: 'Identifiant ou nom de l’expéditeur, choisi comme pour une campagne',
      phones: '1 à 5 numéros qui reçoivent le test',
      contact: 'Les valeurs du rendu : name, firstName, lastName, sex, fields',
      trackLinks: 'Des liens courts, comme une campagne avec trackLinks',
      linkExpiryDays: 'Avec trackLinks : jours pendant lesquels les liens courts mènent à leur page',
    },
    body: testSendInput,
    answer: testSendAnswer,
    status: 200,
    idempotent: true,
    errors: ['insufficient-balance', 'spend-limit-reached', 'rate-limited'],
    example: {
      request: {
        apiKey: 'YOUR_API_KEY',
        text: 'Bonjour @prenom, votre facture de @montant FCFA est disponible.',
        phones: ['2250700000001'],
        contact: { firstName: 'Awa', fields: { montant: '12 500' } },
      },
    },
  },
  CampaignEstimate: {
    tag: 'Campagnes',
    summary: 'Estimer le coût d’une campagne',
    description:
      'Le corps d’une création, sans aucun effet : destinataires facturables, segments comptés sur le texte de chacun (pied STOP compris), coût par pays, numéros sans tarif, désinscrits, disponible, et si le solde suffit.',
    fields: CAMPAIGN_FIELDS,
    body: createCampaignInput,
    answer: estimateAnswer,
    status: 200,
    errors: ['contact-not-found', 'group-not-found', 'segment-not-found'],
  },
  CampaignList: {
    tag: 'Campagnes',
    summary: 'Lister les campagnes',
    fields: { limit: 'Nombre de campagnes par page (comme count)', status: 'Statut des campagnes à lister' },
    body: listCampaignsInput,
    answer: campaignAnswer,
    list: true,
    status: 200,
  },
  CampaignGet: {
    tag: 'Campagnes',
    summary: 'Détails d’une campagne',
    description: 'La campagne, ses statistiques, une page de ses destinataires et de ses envois.',
    fields: {
      contactsPage: 'Page des destinataires',
      contactsCount: 'Destinataires par page',
      occurrencesPage: 'Page des envois',
      occurrencesCount: 'Envois par page',
    },
    body: getCampaignInput,
    answer: campaignDetailsAnswer,
    status: 200,
    errors: ['campaign-not-found'],
  },
  CampaignMessages: {
    tag: 'Campagnes',
    summary: 'Journal des messages d’une campagne',
    description: 'Chaque destinataire de chaque envoi et ce qu’il est advenu de son message.',
    fields: {
      status: 'Statut des messages à lister (ALL : tous)',
      phone: 'Le message de ce numéro',
      occurrence: 'Les messages de cet envoi (sa date)',
    },
    body: listMessagesInput,
    answer: messageAnswer,
    list: true,
    status: 200,
    errors: ['campaign-not-found'],
  },
  CampaignExport: {
    tag: 'Campagnes',
    summary: 'Exporter le journal des messages (CSV)',
    description:
      'Écrit en arrière-plan un fichier CSV (UTF-8 avec BOM, séparé par des points-virgules, pour Excel en français) de chaque message : numéro, nom, champs lus par le texte, texte, segments, statut, raison, statut de l’opérateur, dates d’envoi, de remise et de clic, envoi. Une cellule qu’un tableur exécuterait comme une formule est écrite comme du texte. Demandez ensuite `export/{id}` jusqu’à READY, ou attendez l’événement `export.ready`.',
    fields: {
      status: 'Seulement les messages de ce statut',
      occurrence: 'Seulement les messages de cet envoi (sa date)',
    },
    body: exportCampaignInput,
    answer: exportStartAnswer,
    status: 200,
    idempotent: true,
    errors: ['campaign-not-found'],
  },
  CampaignClicks: {
    tag: 'Campagnes',
    summary: 'Clics d’une campagne au fil du temps',
    description:
      'Les clics comptés sur les liens courts d’une campagne (trackLinks), par heure ou par jour dans le fuseau de la campagne : chaque période du premier clic au dernier, celles sans clic comprises.',
    fields: { interval: 'hour : un point par heure ; day : un point par jour' },
    body: clicksOverTimeInput,
    answer: clicksOverTimeAnswer,
    status: 200,
    errors: ['campaign-not-found'],
  },
  ExportGet: {
    tag: 'Campagnes',
    summary: 'Où en est un export',
    description:
      'RUNNING pendant l’écriture, puis READY avec `url`, un lien vers le fichier valable une heure (un nouveau à chaque appel), ou FAILED. Le fichier est gardé 7 jours.',
    body: exportInput,
    answer: exportAnswer,
    status: 200,
    errors: ['export-not-found'],
  },
  ContactImport: {
    tag: 'Contacts',
    summary: 'Importer un fichier de contacts (jusqu’à 100 Mo)',
    description:
      'Pour les gros fichiers (des milliers à des millions de lignes) : la réponse donne `uploadUrl`, où envoyer le fichier CSV tel quel en un seul PUT dans les 15 minutes. Son arrivée lance l’import en arrière-plan : chaque numéro est normalisé comme ailleurs dans l’API, les doublons du fichier sont ignorés, les contacts enregistrés avec leurs champs et ajoutés au groupe. Suivez-le avec `import/{id}`, ou attendez l’événement `import.completed`.',
    fields: {
      groupId: 'Le groupe où ajouter les contacts',
      groupName: 'Ou le nom d’un nouveau groupe, créé tout de suite',
      columns:
        'Quelle colonne tient quoi : { phone, name?, firstName?, lastName?, sex?, fields?: { colonne: cle | null } }, chaque colonne par son en-tête ou sa position (0 : la première). Sans : devinée d’après l’en-tête',
      hasHeader: 'Si la première ligne est un en-tête ; sans : oui, sauf si elle tient un numéro',
      separator: 'Le séparateur des cellules ; sans : lu dans le fichier',
    },
    body: startImportInput,
    answer: importUploadAnswer,
    status: 200,
    idempotent: true,
    errors: ['group-not-found'],
    example: {
      request: {
        apiKey: 'YOUR_API_KEY',
        groupName: 'Clients Abidjan',
        columns: { phone: 'Téléphone', firstName: 'Prénom' },
      },
    },
  },
  ImportGet: {
    tag: 'Contacts',
    summary: 'Où en est un import',
    description:
      'AWAITING_FILE tant que le fichier n’est pas arrivé, RUNNING pendant la lecture (bytesRead sur bytes), puis COMPLETED, avec `errorsUrl` quand des lignes sont refusées, ou FAILED avec `reason`. Un import est gardé 7 jours.',
    body: importInput,
    answer: importAnswer,
    status: 200,
    errors: ['import-not-found'],
  },
  CampaignCancel: {
    tag: 'Campagnes',
    summary: 'Annuler une campagne',
    description:
      'Une campagne répétée à tout moment ; une autre tant que rien n’est parti (ou que les heures calmes retiennent des messages).',
    body: cancelCampaignInput,
    answer: campaignAnswer,
    status: 200,
    idempotent: true,
    errors: ['campaign-not-found', 'campaign-not-cancellable'],
  },
  OptOutAdd: {
    tag: 'Désinscriptions',
    summary: 'Désinscrire des numéros',
    fields: { phones: 'Numéros à désinscrire (1 à 1 000)', reason: 'Motif, gardé avec la désinscription' },
    body: addOptOutsInput,
    answer: optOutAddAnswer,
    status: 200,
    idempotent: true,
    example: {
      request: { apiKey: 'YOUR_API_KEY', phones: ['2250700000001'], reason: 'Demande par téléphone' },
    },
  },
  OptOutList: {
    tag: 'Désinscriptions',
    summary: 'Lister les numéros désinscrits',
    fields: { phone: 'Ce numéro seulement' },
    body: listOptOutsInput,
    answer: optOutAnswer,
    list: true,
    status: 200,
  },
  OptOutRemove: {
    tag: 'Désinscriptions',
    summary: 'Réinscrire des numéros',
    fields: { phones: 'Numéros à réinscrire (1 à 1 000)' },
    body: removeOptOutsInput,
    answer: optOutRemoveAnswer,
    status: 200,
    idempotent: true,
  },
  WebhookCreate: {
    tag: 'Webhooks',
    summary: 'Créer un point de réception',
    description:
      'Le secret de signature (whsec_…) n’est montré que dans cette réponse. URL en https vers une adresse publique ; 10 par compte au plus.',
    fields: {
      url: 'Adresse https du point de réception',
      events: 'Types d’événements à recevoir, ou ["*"] pour tous',
      description: 'Description libre',
    },
    body: createWebhookInput,
    answer: webhookWithSecretAnswer,
    status: 201,
    idempotent: true,
    errors: ['webhook-url-not-allowed', 'webhook-limit-reached'],
    example: {
      request: {
        apiKey: 'YOUR_API_KEY',
        url: 'https://example.com/hooks/sms',
        events: ['message.delivered', 'campaign.sent'],
      },
    },
  },
  WebhookList: {
    tag: 'Webhooks',
    summary: 'Lister les points de réception',
    body: listWebhooksInput,
    answer: webhookAnswer,
    list: true,
    status: 200,
  },
  WebhookGet: {
    tag: 'Webhooks',
    summary: 'Détails d’un point de réception',
    body: emptyInput,
    answer: webhookAnswer,
    status: 200,
    errors: ['webhook-not-found'],
  },
  WebhookDelete: {
    tag: 'Webhooks',
    summary: 'Supprimer un point de réception',
    body: emptyInput,
    answer: webhookDeleteAnswer,
    status: 200,
    idempotent: true,
    errors: ['webhook-not-found'],
  },
  WebhookEnable: {
    tag: 'Webhooks',
    summary: 'Réactiver un point de réception',
    description:
      'Un point désactivé (410 reçu, ou trois jours d’échecs) reçoit de nouveau ses événements ; les livraisons encore en attente repartent.',
    body: emptyInput,
    answer: webhookAnswer,
    status: 200,
    idempotent: true,
    errors: ['webhook-not-found'],
  },
  WebhookRotateSecret: {
    tag: 'Webhooks',
    summary: 'Changer le secret de signature',
    description: 'L’ancien secret signe encore 24 heures à côté du nouveau.',
    body: emptyInput,
    answer: webhookWithSecretAnswer,
    status: 200,
    idempotent: true,
    errors: ['webhook-not-found', 'request-in-progress'],
  },
  WebhookTest: {
    tag: 'Webhooks',
    summary: 'Envoyer un événement de test',
    body: emptyInput,
    answer: webhookTestAnswer,
    status: 200,
    idempotent: true,
    errors: ['webhook-not-found'],
  },
  WebhookDeliveries: {
    tag: 'Webhooks',
    summary: 'Journal des livraisons',
    body: listDeliveriesInput,
    answer: deliveryAnswer,
    list: true,
    status: 200,
    errors: ['webhook-not-found'],
  },
  AccountBalance: {
    tag: 'Compte',
    summary: 'Solde du compte',
    description:
      'Le solde, ce que les envois en cours réservent, ce qui reste disponible (solde − réservé + crédit autorisé). Chaque segment est facturé séparément.',
    body: balanceInput,
    answer: balanceAnswer,
    status: 200,
  },
  AccountTransactions: {
    tag: 'Compte',
    summary: 'Mouvements du solde',
    description:
      'Le journal des mouvements, du plus récent au plus ancien : rechargements, ajustements, débits des envois. Le solde est toujours la somme des mouvements.',
    fields: {
      type: 'Seulement les mouvements de ce type (TOP_UP, CHARGE, REFUND, ADJUSTMENT)',
      campaignId: 'Seulement les débits de cette campagne',
    },
    body: transactionsInput,
    answer: transactionAnswer,
    list: true,
    status: 200,
  },
  AccountPrices: {
    tag: 'Compte',
    summary: 'Tarifs du compte',
    description:
      'Le prix d’un segment par pays de destination qui s’applique au compte : le tarif de la plateforme, ou le tarif propre au compte. Un pays absent n’est pas desservi (destination-not-priced).',
    body: pricesInput,
    answer: priceAnswer,
    list: true,
    status: 200,
  },
  AccountSettings: {
    tag: 'Compte',
    summary: 'Réglages du solde',
    description:
      'Fixe le seuil d’alerte : quand le disponible passe sous ce seuil, l’événement account.balance_low est émis, une fois par passage (null le retire).',
    fields: { lowBalanceThreshold: 'Seuil d’alerte du solde disponible (null : aucun)' },
    body: settingsInput,
    answer: balanceAnswer,
    status: 200,
    idempotent: true,
  },
  AuditList: {
    tag: 'Journal',
    summary: 'Journal des modifications',
    description:
      'Qui a changé quoi dans le compte, par l’API, la console ou les opérateurs, du plus récent au plus ancien ; gardé un an. Aucun secret n’y figure.',
    fields: {
      action: 'Seulement cette action (campaign.cancel, key.create…)',
      actorId: 'Seulement ce que cet auteur a fait (l’identifiant d’une clé, d’une personne)',
    },
    body: listAuditInput,
    answer: auditAnswer,
    list: true,
    status: 200,
  },
  KeyCreate: {
    tag: 'Clés API',
    summary: 'Créer une clé API',
    description:
      'Une clé nommée, avec son rôle (pas au-dessus du vôtre). La clé n’est montrée que dans cette réponse : gardez-la ; la plateforme n’en garde que l’empreinte.',
    fields: {
      name: 'Nom de la clé (l’intégration ou la personne à qui elle sert)',
      role: 'Ce que la clé peut faire',
    },
    body: createKeyInput,
    answer: createdKeyAnswer,
    status: 201,
    idempotent: true,
  },
  KeyList: {
    tag: 'Clés API',
    summary: 'Lister les clés API',
    description:
      'Les clés du compte, de la plus récente à la plus ancienne, révoquées comprises, avec leur dernière utilisation.',
    body: listKeysInput,
    answer: keyAnswer,
    list: true,
    status: 200,
  },
  KeyRevoke: {
    tag: 'Clés API',
    summary: 'Révoquer une clé API',
    description:
      'La clé est refusée dès sa requête suivante. Révoquer une clé déjà révoquée la renvoie telle quelle.',
    body: revokeKeyInput,
    answer: keyAnswer,
    status: 200,
    idempotent: true,
    errors: ['key-not-found'],
  },
  Me: {
    tag: 'Équipe',
    summary: 'Qui suis-je',
    description:
      'La personne connectée (ou la clé) qui fait la requête, son rôle, et les comptes où elle peut agir : ce que la console montre pour passer d’un compte à l’autre. Sans x-account-id, le premier de ses comptes répond.',
    body: meInput,
    answer: meAnswer,
    status: 200,
  },
  MemberInvite: {
    tag: 'Équipe',
    summary: 'Inviter une personne',
    description:
      'La personne reçoit par e-mail un mot de passe temporaire, qu’elle change à sa première connexion. Un administrateur invite jusqu’au rôle admin ; seul un propriétaire nomme un propriétaire.',
    fields: { email: 'Son adresse e-mail', role: 'Son rôle dans le compte' },
    body: inviteMemberInput,
    answer: memberAnswer,
    status: 201,
    idempotent: true,
    errors: ['member-exists'],
  },
  MemberList: {
    tag: 'Équipe',
    summary: 'Lister l’équipe',
    description: 'Les personnes du compte, avec leur rôle et si elles se sont déjà connectées.',
    body: listMembersInput,
    answer: memberAnswer,
    list: true,
    status: 200,
  },
  MemberUpdate: {
    tag: 'Équipe',
    summary: 'Changer le rôle d’une personne',
    description:
      'Le nouveau rôle vaut dès sa requête suivante. Seul un propriétaire change le rôle d’un propriétaire ; le dernier propriétaire le reste.',
    fields: { role: 'Son nouveau rôle' },
    body: updateMemberInput,
    answer: memberAnswer,
    status: 200,
    idempotent: true,
    errors: ['member-not-found', 'last-owner'],
  },
  MemberRemove: {
    tag: 'Équipe',
    summary: 'Retirer une personne',
    description:
      'Ses requêtes sont refusées dès la suivante. Seul un propriétaire retire un propriétaire ; le dernier propriétaire reste.',
    body: removeMemberInput,
    answer: memberAnswer,
    status: 200,
    idempotent: true,
    errors: ['member-not-found', 'last-owner'],
  },
} as const satisfies Record<string, RouteReference>;
