import { describe, expect, it } from 'vitest';
import {
  fieldKeysIn,
  type RenderContact,
  renderText,
  unknownVariables,
  variablesIn,
} from '../../shared/text/render';

const john: RenderContact = {
  phone: '22500000000',
  name: 'John Doe',
  firstName: 'John',
  lastName: 'Doe',
  sex: 'M',
};
const awa: RenderContact = { phone: '2250101010101', firstName: 'Awa', lastName: 'Koné', sex: 'F' };
const bare: RenderContact = { phone: '2250101010101' };

describe('personalisation', () => {
  it('renders the docs example', () => {
    expect(renderText('Bonjour @nom_complet bon début de semaine.', john)).toBe(
      'Bonjour John Doe bon début de semaine.',
    );
  });

  it('fills every variable', () => {
    expect(renderText('@civilite @prenom @nom (@telephone): @nom_complet', awa)).toBe(
      'Mme Awa Koné (2250101010101): Awa Koné',
    );
    expect(renderText('@civilite @nom', john)).toBe('M. Doe');
  });

  it('prefers the full name, else joins first and last names', () => {
    expect(renderText('@nom_complet', { ...awa, name: 'Awa K.' })).toBe('Awa K.');
    expect(renderText('@nom_complet', awa)).toBe('Awa Koné');
    expect(renderText('@nom_complet', { phone: '1', lastName: 'Koné' })).toBe('Koné');
    expect(renderText('@nom_complet', { phone: '1', name: '   ', firstName: 'Awa' })).toBe('Awa');
  });

  it('reads a whole word: a longer lowercase word is a field of its own, anything else is left alone', () => {
    expect(renderText('@nom_complet/@nom', john)).toBe('John Doe/Doe');
    const fields = { nomade: 'oui', nom2: 'B' };
    expect(renderText('@nomade @nom_completement @prenoms @nom2', { ...john, fields })).toBe('oui B');
    expect(renderText('@Nom @NOM_COMPLET @2024 @prénom', john)).toBe('@Nom @NOM_COMPLET @2024 @prénom');
  });

  it('fills variables written back to back', () => {
    expect(renderText('@nom_complet@nom_complet', john)).toBe('John DoeJohn Doe');
    expect(renderText('@civilite@nom', awa)).toBe('MmeKoné');
  });

  it('leaves e-mail addresses and @words that cannot be variables untouched', () => {
    const text = 'Écrivez à service@nom.ci, contact.nom@prenom.com ou @Support. Merci @prenom!';
    expect(renderText(text, john)).toBe(
      'Écrivez à service@nom.ci, contact.nom@prenom.com ou @Support. Merci John!',
    );
  });

  it('leaves no double space and no space before punctuation when a value is empty', () => {
    expect(renderText('Bonjour @prenom, votre code est 1234.', bare)).toBe('Bonjour, votre code est 1234.');
    expect(renderText('Bonjour @nom_complet bon début de semaine.', bare)).toBe(
      'Bonjour bon début de semaine.',
    );
    expect(renderText('Cher @civilite @nom_complet, merci.', bare)).toBe('Cher, merci.');
    expect(renderText('Bonjour @prenom !', bare)).toBe('Bonjour !');
    expect(renderText('Bonjour @prenom.', bare)).toBe('Bonjour.');
    expect(renderText('@civilite @nom_complet, bienvenue', { ...bare, name: 'Awa' })).toBe('Awa, bienvenue');
    expect(renderText('Salut @prenom\nÀ bientôt', bare)).toBe('Salut\nÀ bientôt');
    expect(renderText('Ligne\n@civilite Awa', bare)).toBe('Ligne\nAwa');
  });

  it('changes nothing in a text without variables', () => {
    const text = 'Promo -20% ce week-end, écrivez à promo@boutique.ci';
    expect(renderText(text, john)).toBe(text);
  });

  it('lists the variables used and the unknown ones', () => {
    expect(variablesIn('Bonjour @prenom @nom, @prenom! mail: a@nom.ci')).toEqual(['@prenom', '@nom']);
    expect(variablesIn('@montant{0} FCFA, @prenom{client}, @montant')).toEqual(['@montant', '@prenom']);
    expect(
      unknownVariables('Bonjour @prenon, @nom_complet, @ville et @Nom; a@b.ci', new Set(['ville'])),
    ).toEqual({
      unknown: ['@prenon'],
      notVariables: ['@Nom'],
    });
  });
});

describe('contact fields', () => {
  const awaWithFields: RenderContact = { ...awa, fields: { montant: '12 500', echeance: '30/06' } };

  it('renders a field by its key', () => {
    expect(
      renderText('Votre facture de @montant FCFA (échéance @echeance) est disponible.', awaWithFields),
    ).toBe('Votre facture de 12 500 FCFA (échéance 30/06) est disponible.');
  });

  it('renders a missing field empty, as an empty built-in', () => {
    expect(renderText('Bonjour @prenom, code @code.', awaWithFields)).toBe('Bonjour Awa, code.');
    expect(renderText('Ville : @ville\nMerci', awa)).toBe('Ville :\nMerci');
  });

  it('writes the default in braces when the value is missing or blank, and drops it otherwise', () => {
    expect(renderText('Bonjour @prenom{cher client}, à bientôt', bare)).toBe(
      'Bonjour cher client, à bientôt',
    );
    expect(renderText('Bonjour @prenom{cher client}, à bientôt', awa)).toBe('Bonjour Awa, à bientôt');
    expect(renderText('@civilite{Madame, Monsieur} @nom', { ...bare, lastName: 'Koné' })).toBe(
      'Madame, Monsieur Koné',
    );
    expect(renderText('Solde : @solde{0} FCFA', { ...bare, fields: { solde: '  ' } })).toBe('Solde : 0 FCFA');
    expect(renderText('Solde : @solde{0} FCFA', { ...bare, fields: { solde: '750' } })).toBe(
      'Solde : 750 FCFA',
    );
  });

  it('treats an empty default as no default, and braces that do not close as text', () => {
    expect(renderText('Bonjour @prenom{}, merci', bare)).toBe('Bonjour, merci');
    expect(renderText('Bonjour @prenom{cher client, merci', awa)).toBe('Bonjour Awa{cher client, merci');
    expect(renderText('@Orange{x} @prenom{a\nb}', awa)).toBe('@Orange{x} Awa{a\nb}');
  });

  it('lets a handle be written literally by giving it itself as its default', () => {
    expect(renderText('Suivez @boutique_ci{@boutique_ci}', awa)).toBe('Suivez @boutique_ci');
  });

  it('names the fields a text reads, without the built-ins', () => {
    expect(fieldKeysIn('@prenom, @montant{0} le @echeance (@montant) info@ville.ci')).toEqual([
      'montant',
      'echeance',
    ]);
    expect(fieldKeysIn('Sans variable')).toEqual([]);
  });
});
