/**
 * Every word the console shows about the API's answers, in French: error codes, the fields they
 * name, statuses. Keyed by the API's own types, so a new code or status cannot go untranslated.
 */
import type { ErrorCode, FieldIssue } from '../../shared/errors';
import type { PhoneProblem } from '../../shared/text/phone';
import type { ApiError } from './api';
import type { Campaign, Delivery, Message, Money, OptOut, Sender, Transaction, Webhook } from './types';

const ERRORS: Record<ErrorCode | 'network', string> = {
  'invalid-json': 'La demande n’a pas pu être lue par le serveur.',
  'validation-error': 'Certaines informations ne conviennent pas : voyez le détail ci-dessous.',
  'reason-required': 'Un refus se motive : choisissez ou écrivez la raison que le client lira.',
  'webhook-url-not-allowed':
    'Cette adresse n’est pas acceptée : elle doit commencer par https:// et mener à un serveur public (ni adresse privée, ni identifiants dans l’adresse).',
  'account-required': 'Vous appartenez à plusieurs comptes : choisissez-en un.',
  'invalid-api-key': 'Cette clé API est inconnue ou a été révoquée.',
  'invalid-token': 'Votre session a expiré : reconnectez-vous.',
  'insufficient-balance':
    'Votre solde disponible ne couvre pas le coût de cet envoi : rechargez votre compte, ou réduisez les destinataires.',
  'spend-limit-reached': 'Cet envoi dépasserait la limite de dépenses mensuelle de votre compte.',
  'cost-cap-exceeded': 'Cet envoi coûterait plus que le plafond fixé pour cette campagne.',
  forbidden: 'Votre rôle ne permet pas cette action : demandez-la à un administrateur du compte.',
  'totp-required':
    'Le back-office exige la double authentification : activez un code TOTP (page Sécurité), puis reconnectez-vous.',
  'account-suspended':
    'Ce compte est suspendu : aucun envoi ni modification n’est possible. Contactez le support pour le réactiver.',
  'sender-limit-reached': 'Votre offre ne permet pas de demander un expéditeur de plus.',
  'webhook-limit-reached': 'Vous avez déjà 10 adresses de webhook : supprimez-en une avant d’en ajouter.',
  'sender-not-found': 'Cet expéditeur n’existe pas (ou plus) dans votre compte.',
  'campaign-not-found': 'Cette campagne n’existe pas (ou plus) dans votre compte.',
  'contact-not-found': 'Ce contact n’existe pas (ou plus) dans votre compte.',
  'group-not-found': 'Ce groupe n’existe pas (ou plus) dans votre compte.',
  'segment-not-found': 'Ce segment n’existe pas (ou plus) dans votre compte.',
  'export-not-found': 'Cet export n’existe pas (ou plus : les fichiers sont gardés 7 jours).',
  'import-not-found': 'Cet import n’existe pas (ou plus : les imports sont gardés 7 jours).',
  'webhook-not-found': 'Ce webhook n’existe pas (ou plus) dans votre compte.',
  'key-not-found': 'Cette clé API n’existe pas (ou plus) dans votre compte.',
  'member-not-found': 'Cette personne n’est pas (ou plus) membre de votre compte.',
  'account-not-found': 'Ce compte n’existe pas (ou plus).',
  'queue-not-found': 'Cette file n’existe pas.',
  'route-not-found': 'Cette action n’existe pas sur le serveur.',
  'method-not-allowed': 'Cette action n’existe pas sur le serveur.',
  'sender-name-taken': 'Vous avez déjà un expéditeur de ce nom.',
  'contact-phone-taken': 'Un contact de votre compte a déjà ce numéro.',
  'request-in-progress': 'La même demande est déjà en cours : patientez quelques secondes.',
  'campaign-not-cancellable':
    'Cette campagne ne peut plus être annulée : elle est déjà envoyée, échouée ou annulée.',
  'member-exists': 'Cette adresse e-mail est déjà celle d’un membre du compte.',
  'last-owner': 'Le compte doit garder au moins un propriétaire : nommez-en un autre d’abord.',
  'status-change-not-allowed': 'Ce changement de statut n’est pas permis depuis le statut actuel.',
  'changed-meanwhile': 'Quelqu’un a modifié cet élément entre-temps : rechargez la page et recommencez.',
  'account-not-suspended': 'Ce compte n’est pas suspendu.',
  'queue-not-redrivable':
    'Les messages de cette file ne viennent d’aucune file où les renvoyer (échecs du planificateur) : traitez-les à la main.',
  'idempotency-key-reused': 'Cette demande a déjà été faite avec d’autres informations : rechargez la page.',
  'payload-too-large': 'Trop de données en une seule fois : envoyez-les en plusieurs fois.',
  'rate-limited': 'Trop de demandes en peu de temps : réessayez dans quelques secondes.',
  'internal-error':
    'Une erreur inattendue s’est produite de notre côté. Réessayez ; si elle persiste, contactez le support.',
  network: 'Le serveur ne répond pas : vérifiez votre connexion, puis réessayez.',
};

/** The sentence for an error, whatever was thrown. */
export function errorMessage(error: unknown): string {
  const code = (error as ApiError | undefined)?.code;
  if (code && code in ERRORS) {
    const sentence = ERRORS[code as keyof typeof ERRORS];
    const requestId = (error as ApiError).requestId;
    return code === 'internal-error' && requestId ? `${sentence} (référence ${requestId})` : sentence;
  }
  return ERRORS['internal-error'];
}

export const PHONE_PROBLEMS: Record<PhoneProblem, string> = {
  'not-digits': 'le numéro ne doit contenir que des chiffres, indicatif du pays compris (ex. 2250701020304)',
  length: 'le numéro doit avoir de 8 à 15 chiffres, indicatif du pays compris (ex. 2250701020304)',
  'calling-code':
    'le numéro doit commencer par l’indicatif du pays (225 Côte d’Ivoire, 221 Sénégal, 223 Mali…)',
};

/** The API's validation messages (English) in French; numbers are carried over. */
const DETAILS: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^must contain only digits/, () => PHONE_PROBLEMS['not-digits']],
  [/^must have 8 to 15 digits/, () => PHONE_PROBLEMS.length],
  [/^must start with a country calling code/, () => PHONE_PROBLEMS['calling-code']],
  [/^must not be empty/, () => 'ne doit pas être vide'],
  [/^must be at least (\d+) characters/, (m) => `${m[1]} caractères au moins`],
  [
    /with its opt-out line the text takes (\d+) segments/,
    (m) => `avec la mention STOP, le texte prend ${m[1]} SMS : 10 au plus`,
  ],
  [/^must be at most ([\d,]+) characters/, (m) => `${m[1]?.replace(',', ' ')} caractères au plus`],
  [/^must fit in (\d+) segments/, (m) => `le texte doit tenir en ${m[1]} SMS (segments) au plus`],
  [
    /^is required for a SCHEDULED campaign/,
    () => 'la date d’envoi est obligatoire pour une campagne programmée',
  ],
  [/^is required for a RECURRING campaign/, () => 'choisissez au moins un jour pour une campagne récurrente'],
  [
    /quarter|15-minute|:00, :15, :30 or :45/,
    () => 'l’heure doit tomber sur un quart d’heure (:00, :15, :30 ou :45)',
  ],
  [/in the future|already past|is past/, () => 'la date doit être dans le futur'],
  [/^must be at most (\d+) years ahead/, (m) => `la date doit tomber dans les ${m[1]} ans à venir`],
  [/lone UTF-16 surrogate/, () => 'contient un caractère incomplet (collé à moitié) : retapez-le'],
  [/NUL character/, () => 'contient un caractère invisible interdit (NUL)'],
  [/falls on a (\w+) in/, () => 'le jour ne correspond pas à l’heure choisie dans ce fuseau'],
  [/time zone/, () => 'fuseau horaire inconnu'],
  [/^give at least one recipient|no recipient/i, () => 'ajoutez au moins un destinataire'],
  [/^is not a known field/, () => 'champ inconnu'],
  [/ASCII letters and digits|letters and digits/, () => 'lettres sans accent et chiffres uniquement'],
  [/between 3 and 11|3 to 11/, () => 'de 3 à 11 caractères'],
  [/^Too small: expected string to have >=1 characters/, () => 'ne doit pas être vide'],
  [/^Too small: expected string to have >=(\d+) characters/, (m) => `${m[1]} caractères au moins`],
  [
    /^must hold at most ([\d,]+) (\w+)/,
    (m) => `${m[1]?.replace(',', ' ')} ${m[2] === 'groups' ? 'groupes' : 'contacts'} au plus`,
  ],
  [/^give contacts or contactIds/, () => 'ajoutez au moins un contact'],
  [/^subscribe to at least one event/, () => 'choisissez au moins un événement'],
  [/^is only for a SCHEDULED campaign/, () => 'une date d’envoi ne vaut que pour une campagne programmée'],
  [/ISO-8601 instant/, () => 'date invalide'],
  [/^Invalid option/, () => 'valeur non reconnue'],
  [/^Invalid input/, () => 'valeur manquante ou invalide'],
  [/^Too small/, () => 'trop court ou trop petit'],
  [/^Too big/, () => 'trop long ou trop grand'],
];

export function detailMessage(message: string): string {
  for (const [pattern, french] of DETAILS) {
    const match = message.match(pattern);
    if (match) return french(match);
  }
  return `valeur refusée (${message})`;
}

/** The validation details about one field (`path` itself or below it). */
export function issuesAt(error: unknown, path: string): FieldIssue[] {
  const details = (error as ApiError | undefined)?.details ?? [];
  return details.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}

export const CAMPAIGN_STATUS: Record<Campaign['status'], string> = {
  PENDING: 'En cours',
  SENT: 'Envoyée',
  FAILED: 'Échouée',
  CANCELLED: 'Annulée',
};

export const CAMPAIGN_TYPE: Record<Campaign['type'], string> = {
  SMS: 'Immédiate',
  SCHEDULED: 'Programmée',
  RECURRING: 'Récurrente',
};

export const MESSAGE_STATUS: Record<Message['status'], string> = {
  PENDING: 'En attente',
  SENT: 'Envoyé',
  DELIVERED: 'Remis',
  UNDELIVERED: 'Non remis',
  UNKNOWN: 'Sans nouvelles',
  FAILED: 'Échoué',
};

export const FAILURE_REASON: Record<NonNullable<Message['reason']>, string> = {
  'invalid-number': 'numéro invalide',
  'opted-out': 'désinscrit (STOP)',
  'message-too-long': 'message trop long',
  'outcome-unknown': 'issue inconnue',
  'provider-refused': 'refusé par l’opérateur',
  'destination-not-priced': 'pays sans tarif',
  'account-suspended': 'compte suspendu',
  expired: 'expiré (délai de validité dépassé)',
};

export const SENDER_STATUS: Record<Sender['status'], string> = {
  PENDING: 'En attente',
  SUBMITTED: 'Transmis aux opérateurs',
  ACCEPTED: 'Accepté',
  REFUSED: 'Refusé',
};

export const OPT_OUT_SOURCE: Record<OptOut['source'], string> = {
  api: 'ajouté par vous',
  reply: 'réponse STOP',
  provider: 'signalé par l’opérateur',
};

export const EVENT_LABEL: Record<Exclude<Webhook['events'][number], '*'>, string> = {
  'message.delivered': 'Message remis',
  'message.undelivered': 'Message non remis',
  'message.failed': 'Message échoué',
  'campaign.sent': 'Campagne envoyée',
  'campaign.failed': 'Campagne échouée',
  'campaign.cancelled': 'Campagne annulée',
  'contact.opted_out': 'Contact désinscrit',
  'contact.opted_in': 'Contact réinscrit',
  'sender.status_changed': 'Statut d’expéditeur changé',
  'account.balance_low': 'Solde bas',
  'account.topped_up': 'Compte rechargé',
  'link.clicked': 'Lien court cliqué',
  'export.ready': 'Export CSV prêt',
  'import.completed': 'Import de contacts terminé',
  'webhook.test': 'Test',
};

export const DELIVERY_STATUS: Record<Delivery['status'], string> = {
  PENDING: 'En cours',
  SUCCEEDED: 'Réussie',
  FAILED: 'Abandonnée',
};

export const WEBHOOK_STATUS: Record<Webhook['status'], string> = { ENABLED: 'Actif', DISABLED: 'Désactivé' };

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
/** In the reader's own zone; or in a campaign's zone, named (`2 juin 2026, 10:15 (Africa/Abidjan)`). */
export function formatDate(iso: string | undefined, timeZone?: string): string {
  if (!iso) return '—';
  if (!timeZone) return dateTime.format(new Date(iso));
  const zoned = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return `${zoned.format(new Date(iso))} (${timeZone})`;
}

/** The hour (`5 déc. 2026, 21 h`) or the day (`5 déc. 2026`) a bucket of a chart begins, in a time zone. */
export function formatBucket(iso: string, interval: 'hour' | 'day', timeZone: string): string {
  const format = new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'medium',
    ...(interval === 'hour' ? { timeStyle: 'short' } : {}),
    timeZone,
  });
  return format.format(new Date(iso));
}

/** An amount as French people type it (`25 000`, `12,5`) as the API reads it (`25000`, `12.5`). */
export const writtenAmount = (written: string) => written.trim().replace(/\s/g, '').replace(',', '.');

const number = new Intl.NumberFormat('fr-FR');
export const formatNumber = (value: number) => number.format(value);

const moneyFormats = new Map<string, Intl.NumberFormat>();
/** `{ amount: 99950.5, currency: 'XOF' }` → `99 950,5 F CFA`: every decimal kept (up to 4), none rounded. */
export function formatMoney(money: Money): string {
  let format = moneyFormats.get(money.currency);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 4,
    });
    moneyFormats.set(money.currency, format);
  }
  return format.format(money.amount);
}

const regions = new Intl.DisplayNames(['fr'], { type: 'region' });
/** `CI` → `Côte d’Ivoire`. */
export const countryName = (code: string | null) => (code ? (regions.of(code) ?? code) : 'Pays inconnu');

export const ENTRY_TYPE: Record<Transaction['type'], string> = {
  TOP_UP: 'Recharge',
  CHARGE: 'Envoi',
  REFUND: 'Remboursement',
  ADJUSTMENT: 'Ajustement',
};

/** Why an occurrence was refused before sending anything. */
export const REFUSAL: Record<NonNullable<Campaign['failureReason']>, string> = {
  'insufficient-balance': 'solde insuffisant : rien n’a été envoyé',
  'spend-limit-reached': 'limite de dépenses mensuelle atteinte : rien n’a été envoyé',
  'cost-cap-exceeded': 'plafond de coût de la campagne dépassé : rien n’a été envoyé',
  'account-suspended': 'compte suspendu : rien n’a été envoyé ni facturé',
};

export const plural = (count: number, one: string, many: string) =>
  `${formatNumber(count)} ${count > 1 ? many : one}`;
