/**
 * The reasons operators most often give to refuse a sender ID, as the customer reads them. The back
 * office offers them first; an operator may still write another.
 */
export const COMMON_REFUSAL_REASONS = [
  'Le nom ne correspond pas à votre entreprise : envoyez-nous un justificatif (registre du commerce, marque déposée).',
  'Le nom reprend une marque, une banque ou une administration sans son autorisation écrite.',
  'Le nom est trop générique (INFO, SMS, PROMO, ALERTE…) : les opérateurs ne l’enregistrent pas.',
  'Le nom ressemble à un numéro de téléphone ou à un code court.',
  'L’usage décrit est trop vague : précisez les messages envoyés et à qui.',
  'L’usage décrit est refusé par les opérateurs (jeux d’argent, contenu pour adultes, crédit non agréé…).',
] as const;
