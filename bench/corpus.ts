/** 100,000 rendered French messages, the same every run (seeded). */
import { renderText } from '../shared/text/render';
import { seededRandom } from '../test/support/text-corpus';

export const TEMPLATES = [
  'Bonjour @nom_complet, votre commande est prête. Passez la récupérer à notre boutique de Cocody avant samedi.',
  'Bonjour @prenom, votre colis est arrivé à Abidjan. Merci de votre fidélité !',
  '@civilite @nom, votre rendez-vous est confirmé pour demain à 10h. Répondez STOP pour annuler.',
  'Cher client, profitez de -20% sur tout le rayon été jusqu’à dimanche. Code: ETE20',
  'Bonjour @prenom ! Votre code de vérification est 483920. Il expire dans 10 minutes.',
  'Rappel : votre échéance de 25 000 FCFA arrive le 5. Payez par Orange Money ou Wave pour éviter les frais.',
  '@nom_complet, merci pour votre paiement de 15 000 FCFA reçu le 12/03. Référence: TX-99281.',
  'Bonne fête de Tabaski à vous et à votre famille, @prenom ! Toute l’équipe vous remercie de votre confiance.',
  'Bonjour @civilite @nom, votre abonnement expire bientôt. Renouvelez-le en ligne sur www.exemple.ci ou en agence. Nos conseillers restent à votre écoute du lundi au samedi, de 8h à 18h.',
  'Flash info : nos agences de Dakar, Thiès et Saint-Louis seront fermées le 4 avril. Les services en ligne restent disponibles 24h/24 et 7j/7. Merci de votre compréhension, @prenom.',
];

const FIRST_NAMES = [
  'Awa',
  'Mamadou',
  'Aïcha',
  'Kouassi',
  'Fatou',
  'Ibrahim',
  'Adjoua',
  'Moussa',
  'Mariam',
  'Koffi',
  'Aminata',
  'Yao',
];
const LAST_NAMES = [
  'Koné',
  'Diallo',
  'Traoré',
  'N’Guessan',
  'Ndiaye',
  'Ouédraogo',
  'Kouadio',
  'Sow',
  'Bamba',
  'Mensah',
];

export function frenchCorpus(size = 100_000, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: size }, () => {
    const firstName = pick(FIRST_NAMES);
    const lastName = pick(LAST_NAMES);
    return renderText(pick(TEMPLATES), {
      phone: `225070${Math.floor(random() * 1e7)}`,
      firstName,
      lastName,
      ...(random() < 0.3 ? { name: `${firstName} ${lastName}` } : {}),
      sex: random() < 0.5 ? 'F' : 'M',
    });
  });
}
