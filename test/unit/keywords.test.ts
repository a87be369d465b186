import { describe, expect, it } from 'vitest';
import { keywordOf } from '../../shared/opt-outs/keywords';

describe('reply keywords', () => {
  it.each([
    ['STOP', 'stop', 'STOP'],
    ['stop!!', 'stop', 'STOP'],
    [' Arrêt ', 'stop', 'ARRET'],
    ['ARRET.', 'stop', 'ARRET'],
    ['STOP SMS', 'stop', 'STOP'],
    ['stopsms', 'stop', 'STOPSMS'],
    ['Désabonner', 'stop', 'DESABONNER'],
    ['désinscrire svp', 'stop', 'DESINSCRIRE'],
    ['unsubscribe', 'stop', 'UNSUBSCRIBE'],
    ['Start', 'start', 'START'],
    ['abonner !', 'start', 'ABONNER'],
  ])('counts %j as %s (%s)', (text, kind, word) => {
    expect(keywordOf(text)).toEqual({ kind, word });
  });

  it.each([
    ['stopper', 'another word'],
    ['S T O P', 'its first word is S'],
    ['merci, stop', 'STOP is not its first word'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['¿STOP', 'punctuation before the word is not ignored'],
  ])('does not count %j (%s)', (text) => {
    expect(keywordOf(text)).toBeUndefined();
  });
});
