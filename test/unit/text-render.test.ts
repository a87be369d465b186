import { describe, expect, it } from 'vitest';
import { type RenderContact, renderText, unknownVariables, variablesIn } from '../../shared/text/render';

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

  it('lets the longest name win and leaves look-alike words alone', () => {
    expect(renderText('@nom_complet/@nom', john)).toBe('John Doe/Doe');
    expect(renderText('@nomade @nom_completement @prenoms @nom2', john)).toBe(
      '@nomade @nom_completement @prenoms @nom2',
    );
  });

  it('fills variables written back to back', () => {
    expect(renderText('@nom_complet@nom_complet', john)).toBe('John DoeJohn Doe');
    expect(renderText('@civilite@nom', awa)).toBe('MmeKoné');
  });

  it('leaves e-mail addresses and unknown @words untouched', () => {
    const text = 'Écrivez à service@nom.ci, contact.nom@prenom.com ou @support. Merci @prenom!';
    expect(renderText(text, john)).toBe(
      'Écrivez à service@nom.ci, contact.nom@prenom.com ou @support. Merci John!',
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
    expect(unknownVariables('Bonjour @prenon, @nom_complet et @Nom; a@b.ci')).toEqual(['@prenon', '@Nom']);
  });
});
