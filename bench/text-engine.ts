/** Throughput of our text engine against split-sms and Twilio's calculator, on one corpus. */

import { SegmentedMessage } from 'sms-segments-calculator';
import split from 'split-sms';
import { renderText } from '../shared/text/render';
import { analyseText, measureText } from '../shared/text/segments';
import { frenchCorpus, TEMPLATES } from './corpus';

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

function renderThroughput(): number {
  const contact = { phone: '2250101010101', firstName: 'Aïcha', lastName: 'Traoré', sex: 'F' as const };
  const templates = TEMPLATES;
  const count = 100_000;
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round <= 3; round++) {
    const started = process.hrtime.bigint();
    let size = 0;
    for (let i = 0; i < count; i++)
      size += renderText(templates[i % templates.length] as string, contact).length;
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    if (round > 0 && size > 0) best = Math.min(best, elapsed);
  }
  return count / best;
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
  const renders = renderThroughput();
  console.log(
    `  renderText (personalising the templates):      ${Math.round(renders).toLocaleString('en').padStart(12)} msg/s`,
  );
  if (checksums.size !== 1) console.log('  WARNING: the engines disagree on the total segment count');
}
