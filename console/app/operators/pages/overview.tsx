import { call } from '../../api';
import { ErrorNote, Loading, Page, useLoad } from '../../components';
import { countryName, formatMoney, formatNumber } from '../../french';
import type { Counts, Overview } from '../types';

const percent = (rate: number | null) =>
  rate === null ? '—' : `${(rate * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;

/** The platform over the last 30 days: messages, delivery, money, by day, country and network. */
export function OverviewPage() {
  const overview = useLoad(() => call<Overview>('/v1/operator/overview'), []);
  return (
    <Page title="Vue d’ensemble">
      <ErrorNote error={overview.error} />
      {overview.loading && !overview.data && <Loading />}
      {overview.data && <Figures overview={overview.data} />}
    </Page>
  );
}

function Figures({ overview }: { overview: Overview }) {
  const { total } = overview;
  return (
    <>
      <p class="muted">
        Du {overview.from} au {overview.to} (jours UTC).
      </p>
      <dl class="facts money" data-testid="overview-total">
        <div>
          <dt>Messages envoyés</dt>
          <dd data-figure="sent">{formatNumber(total.sent)}</dd>
        </div>
        <div>
          <dt>Taux de remise</dt>
          <dd data-figure="rate">{percent(total.deliveryRate)}</dd>
        </div>
        <div>
          <dt>Facturé</dt>
          <dd data-figure="charged">{formatMoney(total.charged)}</dd>
        </div>
        <div>
          <dt>Coût du fournisseur</dt>
          <dd>{formatMoney(total.providerCost)}</dd>
        </div>
        <div>
          <dt>Marge</dt>
          <dd>{formatMoney(total.margin)}</dd>
        </div>
      </dl>
      {total.uncostedSegments > 0 && (
        <p class="help">
          {formatNumber(total.uncostedSegments)} segments vers des pays sans coût du fournisseur noté : la
          marge les compte sans coût (page Tarifs).
        </p>
      )}

      <h2>Par jour</h2>
      <DaysChart days={overview.days} />

      {overview.fallingAccounts.length > 0 && (
        <>
          <h2>Remise en baisse</h2>
          <p class="help">
            Comptes dont le taux de remise des 7 derniers jours est nettement sous celui d’avant.
          </p>
          <div class="table-wrap">
            <table data-testid="falling">
              <thead>
                <tr>
                  <th scope="col">Compte</th>
                  <th scope="col">7 derniers jours</th>
                  <th scope="col">Les 23 jours d’avant</th>
                  <th scope="col">Rapports reçus (7 jours)</th>
                </tr>
              </thead>
              <tbody>
                {overview.fallingAccounts.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <a href={`#/comptes/${row.id}`}>{row.name}</a>
                    </td>
                    <td>{percent(row.recentRate)}</td>
                    <td>{percent(row.earlierRate)}</td>
                    <td>{formatNumber(row.recentReported)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2>Par pays</h2>
      <UsageTable
        label="Pays"
        rows={overview.countries.map((row) => ({
          key: row.country,
          label: `${countryName(row.country)} (${row.country})`,
          counts: row,
        }))}
        testId="countries"
      />

      <h2>Par réseau</h2>
      <p class="help">
        Réseau d’origine du numéro, d’après son préfixe : approximatif, un numéro porté chez un autre
        opérateur reste compté chez le premier.
      </p>
      <UsageTable
        label="Réseau (approximatif)"
        rows={overview.networks.map((row) => ({
          key: `${row.country}|${row.network}`,
          label: `${row.network} · ${countryName(row.country)}`,
          counts: row,
        }))}
        testId="networks"
      />

      <h2>Plus gros expéditeurs</h2>
      <UsageTable
        label="Compte"
        rows={overview.topAccounts.map((row) => ({
          key: row.id,
          label: row.name,
          href: `#/comptes/${row.id}`,
          counts: row,
        }))}
        testId="top-accounts"
      />
    </>
  );
}

/** One row per day, country, network, account or month: what was sent, delivered and charged. */
export function UsageTable({
  label,
  rows,
  testId,
}: {
  label: string;
  rows: { key: string; label: string; href?: string; counts: Counts }[];
  testId?: string;
}) {
  if (!rows.length) return <p class="empty">Aucun envoi sur la période.</p>;
  return (
    <div class="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            <th scope="col">Envoyés</th>
            <th scope="col">Échoués avant envoi</th>
            <th scope="col">Segments</th>
            <th scope="col">Remis</th>
            <th scope="col">Non remis</th>
            <th scope="col">Taux de remise</th>
            <th scope="col">Facturé</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label: name, href, counts }) => (
            <tr key={key}>
              <th scope="row">{href ? <a href={href}>{name}</a> : name}</th>
              <td class="amount">{formatNumber(counts.sent)}</td>
              <td class="amount">{formatNumber(counts.failed)}</td>
              <td class="amount">{formatNumber(counts.segments)}</td>
              <td class="amount">{formatNumber(counts.delivered)}</td>
              <td class="amount">{formatNumber(counts.undelivered)}</td>
              <td class="amount">{percent(counts.deliveryRate)}</td>
              <td class="amount">{formatMoney(counts.charged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Messages sent each day (delivered in the darker part); the table below carries the numbers. */
function DaysChart({ days }: { days: Overview['days'] }) {
  const highest = Math.max(1, ...days.map((day) => day.sent));
  const width = 100 / Math.max(1, days.length);
  return (
    <>
      <figure class="chart days">
        <svg
          viewBox="0 0 100 40"
          preserveAspectRatio="none"
          role="img"
          aria-label={`Messages envoyés par jour, au plus ${formatNumber(highest)} en un jour`}
        >
          {days.map((day, index) => {
            const sent = (day.sent / highest) * 38;
            const delivered = (day.delivered / highest) * 38;
            return (
              <g key={day.day}>
                <rect
                  x={index * width + 0.1}
                  y={40 - sent}
                  width={width - 0.2}
                  height={sent}
                  class="bar-sent"
                />
                <rect
                  x={index * width + 0.1}
                  y={40 - delivered}
                  width={width - 0.2}
                  height={delivered}
                  class="bar-good"
                />
              </g>
            );
          })}
        </svg>
        <figcaption>
          <dl class="legend">
            <div>
              <dt>
                <span class="swatch bar-good" aria-hidden="true" />
                Remis
              </dt>
              <dd>{formatNumber(days.reduce((sum, day) => sum + day.delivered, 0))}</dd>
            </div>
            <div>
              <dt>
                <span class="swatch bar-sent" aria-hidden="true" />
                Envoyés
              </dt>
              <dd>{formatNumber(days.reduce((sum, day) => sum + day.sent, 0))}</dd>
            </div>
          </dl>
        </figcaption>
      </figure>
      <details>
        <summary>Le détail par jour</summary>
        <UsageTable
          label="Jour"
          rows={days.map((day) => ({ key: day.day, label: day.day, counts: day }))}
          testId="days"
        />
      </details>
    </>
  );
}
