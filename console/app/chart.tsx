import { formatNumber } from './french';
import type { Stats } from './types';

/** The parts of a campaign's fate, each with its colour (the legend carries the numbers for every reader). */
const BARS = [
  ['delivered', 'Remis', 'bar-good'],
  ['sentWaiting', 'Envoyés, en attente du rapport', 'bar-sent'],
  ['undelivered', 'Non remis', 'bar-bad'],
  ['failed', 'Échoués', 'bar-failed'],
  ['pending', 'En attente d’envoi', 'bar-wait'],
] as const;

/**
 * One stacked bar of the recipients: delivered, sent without a final report yet, undelivered
 * (or no news), failed, not yet sent. The numbers are in the list beside it.
 */
export function StatsChart({ stats }: { stats: Stats }) {
  const values = {
    delivered: stats.delivered,
    sentWaiting: Math.max(0, stats.sent - stats.delivered - stats.undelivered - stats.unknown),
    undelivered: stats.undelivered + stats.unknown,
    failed: stats.failed,
    pending: stats.pending,
  };
  const total = Math.max(1, stats.total);
  let x = 0;
  return (
    <figure class="chart">
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="Répartition des messages">
        <rect x="0" y="0" width="100" height="8" class="bar-empty" />
        {BARS.map(([key, , style]) => {
          const width = (values[key] / total) * 100;
          const rect = <rect key={key} x={x} y="0" width={width} height="8" class={style} />;
          x += width;
          return rect;
        })}
      </svg>
      <figcaption>
        <dl class="legend">
          {BARS.map(([key, label, style]) => (
            <div key={key}>
              <dt>
                <span class={`swatch ${style}`} aria-hidden="true" />
                {label}
              </dt>
              <dd data-stat={key}>{formatNumber(values[key])}</dd>
            </div>
          ))}
        </dl>
      </figcaption>
    </figure>
  );
}
