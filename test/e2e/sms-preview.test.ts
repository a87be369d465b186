import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let apiKey: string;

beforeAll(async () => {
  stack = await startTestStack();
  apiKey = stack.demo.apiKey;
});

afterAll(async () => {
  await stack?.stop();
});

const preview = (body: Record<string, unknown>) => stack.post('/v1/sms/preview', { apiKey, ...body });

describe('POST /v1/sms/preview', () => {
  it('analyses a GSM-7 text', async () => {
    const answer = await preview({ text: 'Bonjour, votre colis est arrivé.' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      success: true,
      error: null,
      data: {
        text: 'Bonjour, votre colis est arrivé.',
        encoding: 'GSM-7',
        length: 32,
        units: 32,
        segments: 1,
        perSegment: 160,
        remaining: 128,
        parts: ['Bonjour, votre colis est arrivé.'],
        nonGsmCharacters: [],
        withinLimit: true,
        maxSegments: 10,
        variables: [],
        unknownVariables: [],
        notVariables: [],
        gsmSuggestion: null,
        shortLinks: null,
      },
    });
  });

  it('renders for a contact, counts after rendering, and normalises its phone', async () => {
    const answer = await preview({
      text: 'Bonjour @nom_complet (@telephone), bon début de semaine.',
      contact: { phone: '+225 01 01 01 01 01', firstName: 'Awa', lastName: 'Koné', sex: 'F' },
    });
    expect(answer.body.data).toMatchObject({
      text: 'Bonjour Awa Koné (2250101010101), bon début de semaine.',
      encoding: 'GSM-7',
      variables: ['@nom_complet', '@telephone'],
    });
  });

  it('names the characters that force UCS-2 and suggests a GSM-7 text that saves segments', async () => {
    const text = `L’offre « spéciale » – jusqu’à dimanche… ${'Profitez-en vite. '.repeat(4)}`;
    const answer = await preview({ text });
    expect(answer.body.data).toMatchObject({
      encoding: 'UCS-2',
      segments: 2,
      nonGsmCharacters: ['’', '«', '»', '–', '…'],
      gsmSuggestion: {
        text: `L'offre " spéciale " - jusqu'à dimanche... ${'Profitez-en vite. '.repeat(4)}`,
        encoding: 'GSM-7',
        segments: 1,
        savedSegments: 1,
        replaced: ['’', '«', '»', '–', '…'],
      },
    });
    expect(answer.body.data.parts.join('')).toBe(text);
  });

  it('warns of a text over 10 segments and of unknown variables', async () => {
    const answer = await preview({ text: `Bonjour @prenon @Prenom ${'a'.repeat(1540)}` });
    expect(answer.body.data).toMatchObject({
      segments: 11,
      withinLimit: false,
      // No contact has a field `prenon`: it renders empty. `@Prenom` cannot be a variable: sent as written.
      unknownVariables: ['@prenon'],
      notVariables: ['@Prenom'],
    });
  });

  it.each([
    [{}, 'text'],
    [{ text: '' }, 'text'],
    [{ text: 'x'.repeat(1601) }, 'text'],
    [{ text: 42 }, 'text'],
    [{ text: 'hi', contact: { phone: '0707070707' } }, 'contact.phone'],
    [{ text: 'hi', contact: { sex: 'X' } }, 'contact.sex'],
    [{ text: 'hi', contact: { nom: 'Koné' } }, 'contact.nom'],
    [{ text: 'hi', senderId: 'x' }, 'senderId'],
  ])('refuses %j, naming %s', async (body, path) => {
    const answer = await preview(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'validation-error' });
    expect(answer.body.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it('accepts 1,600 characters, emoji counted as one each', async () => {
    const answer = await preview({ text: '😀'.repeat(1600) });
    // A part holds 33 emoji (66 of its 67 units: a pair is never cut), so 1,600 take 49 parts, not 48.
    expect(answer.body.data).toMatchObject({ length: 1600, units: 3200, encoding: 'UCS-2', segments: 49 });
  });

  it('wants an API key', async () => {
    expect((await stack.post('/v1/sms/preview', { text: 'hi' })).status).toBe(401);
  });
});
