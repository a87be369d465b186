/** Throughput of our text engine against split-sms and Twilio's calculator, on one corpus. */

import { SegmentedMessage } from 'sms-segments-calculator';
import split from 'split-sms';
import { type RenderContact, renderText } from '../shared/text/render';
import { analyseText, measureText } from '../shared/text/segments';
import { frenchCorpus, TEMPLATES } from './corpus';
import { renderText as renderBeforeFields } from './render-before-fields';

type Engine = { name: string; run: (text: string) => number };

const engines: Engine[] = [
  { name: 'ours: analyseText (encoding, segments, parts)', run: (text) => analyseText(text).segments },
  { name: 'ours: measureText (encoding, segments)', run: (text) => measureText(text).segments },
  { name: 'split-sms 0.1.7', run: (text) => split.split(text).parts.length },
  { name: 'sms-segments-calculator (Twilio)', run: (text) => new SegmentedMessage(text).segmentsCount },
];

/** Messages per second, best of `rounds` passes over the corpus after one warm-up pass. */
function throughput(
  engine: Engine,
  corpus: string[],
  rounds: number,
): { perSecond: number; checksum: number } {
  let best = Number.POSITIVE_INFINITY;
  let checksum = 0;
  for (let round = 0; round <= rounds; round++) {
    checksum = 0;
    const started = process.hrtime.bigint();
    for (const text of corpus) checksum += engine.run(text);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    if (round > 0) best = Math.min(best, elapsed);
  }
  return { perSecond: corpus.length / best, checksum };
}

type Render = (template: string, contact: RenderContact) => string;

/** Messages rendered per second, best of 5 passes after one warm-up. */
function renderThroughput(render: Render, templates: readonly string[], contact: RenderContact): number {
  const count = 100_000;
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round <= 5; round++) {
    const started = process.hrtime.bigint();
    let size = 0;
    for (let i = 0; i < count; i++) size += render(templates[i % templates.length] as string, contact).length;
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    if (round > 0 && size > 0) best = Math.min(best, elapsed);
  }
  return count / best;
}

const CONTACT: RenderContact = { phone: '2250101010101', firstName: 'Aïcha', lastName: 'Traoré', sex: 'F' };
const WITH_FIELDS: RenderContact = { ...CONTACT, fields: { agence: 'Cocody', montant: '25 000' } };
// The same templates with as many variables, some of them fields and defaults: what customers write once
// fields exist.
const FIELD_TEMPLATES = TEMPLATES.map((template) =>
  template
    .replace('@prenom', '@prenom{cher client}')
    .replace(/@nom(?![_\p{L}])/u, '@agence')
    .replace('@civilite', '@montant{0}'),
);

/** Rendering with fields against `renderText` as it was before them, in the same process (goal: within 10%). */
function renderingComparison(): void {
  const before = renderThroughput(renderBeforeFields, TEMPLATES, CONTACT);
  const builtIns = renderThroughput(renderText, TEMPLATES, CONTACT);
  const fields = renderThroughput(renderText, FIELD_TEMPLATES, WITH_FIELDS);
  const row = (label: string, rate: number) =>
    console.log(`  ${label.padEnd(48)} ${Math.round(rate).toLocaleString('en').padStart(12)} msg/s`);
  row('renderText before fields (the baseline)', before);
  row('renderText, built-in variables', builtIns);
  row('renderText, fields and defaults', fields);
  console.log(
    `\n  renderText with fields vs before: ${((fields / before) * 100).toFixed(0)}% (built-ins alone: ${((builtIns / before) * 100).toFixed(0)}%)   (goal: at least 90%)`,
  );
}

export function benchTextEngine(): void {
  const corpus = frenchCorpus();
  const gsm = corpus.filter((text) => measureText(text).encoding === 'GSM-7').length;
  console.log(
    `\nText engine: ${corpus.length.toLocaleString('en')} rendered French messages (${gsm.toLocaleString('en')} GSM-7, ${(corpus.length - gsm).toLocaleString('en')} UCS-2)\n`,
  );
  const results = engines.map((engine) => {
    const rounds = engine.name.includes('Twilio') ? 1 : 3;
    return { engine, ...throughput(engine, corpus, rounds) };
  });
  const checksums = new Set(results.map((result) => result.checksum));
  for (const { engine, perSecond, checksum } of results) {
    console.log(
      `  ${engine.name.padEnd(48)} ${Math.round(perSecond).toLocaleString('en').padStart(12)} msg/s   (${checksum.toLocaleString('en')} segments)`,
    );
  }
  const ours = results[0]?.perSecond ?? 0;
  const fasterPeer = Math.max(...results.slice(2).map((result) => result.perSecond));
  console.log(`\n  analyseText vs the faster peer: ${(ours / fasterPeer).toFixed(1)}×   (goal: at least 3×)`);
  console.log('');
  renderingComparison();
  if (checksums.size !== 1) console.log('  WARNING: the engines disagree on the total segment count');
}
