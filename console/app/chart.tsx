import { formatBucket, formatNumber, plural } from './french';
import type { ClicksOverTime, Stats } from './types';

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

/**
 * The clicks of a campaign's short links, one bar per hour or per day in the campaign's time zone; each
 * bar says its count to whoever points at it, and the table below carries every number.
 */
export function ClicksChart({ clicks }: { clicks: ClicksOverTime }) {
  const { points, interval, timezone } = clicks;
  const highest = Math.max(1, ...points.map((point) => point.clicks));
  const width = 100 / Math.max(1, points.length);
  const label = (at: string) => formatBucket(at, interval, timezone);
  if (points.length === 0) return <p class="help">Aucun clic pour l’instant.</p>;
  return (
    <>
      <figure class="chart days" data-testid="clicks-chart">
        <svg
          viewBox="0 0 100 40"
          preserveAspectRatio="none"
          role="img"
          aria-label={`Clics ${interval === 'hour' ? 'par heure' : 'par jour'}, au plus ${formatNumber(highest)}`}
        >
          {points.map((point, index) => {
            const height = (point.clicks / highest) * 38;
            return (
              <rect
                key={point.at}
                x={index * width + 0.1}
                y={40 - height}
                width={Math.max(0.2, width - 0.2)}
                height={height}
                class="bar-good"
                data-clicks={point.clicks}
              >
                <title>{`${label(point.at)} : ${plural(point.clicks, 'clic', 'clics')}`}</title>
              </rect>
            );
          })}
        </svg>
        <figcaption class="help">
          Du {label(points[0]?.at ?? '')} au {label(points.at(-1)?.at ?? '')} ({timezone}) :{' '}
          {plural(clicks.clicks, 'clic', 'clics')}
        </figcaption>
      </figure>
      <details>
        <summary>Le détail {interval === 'hour' ? 'heure par heure' : 'jour par jour'}</summary>
        <div class="table-wrap">
          <table data-testid="clicks-table">
            <thead>
              <tr>
                <th scope="col">{interval === 'hour' ? 'Heure' : 'Jour'}</th>
                <th scope="col">Clics</th>
              </tr>
            </thead>
            <tbody>
              {points
                .filter((point) => point.clicks > 0)
                .map((point) => (
                  <tr key={point.at}>
                    <td>{label(point.at)}</td>
                    <td class="amount">{formatNumber(point.clicks)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
