import { useState } from 'preact/hooks';
import { list } from '../api';
import { Badge, ErrorNote, Loading, Page, Pager, type Tone, useLoad } from '../components';
import { CAMPAIGN_STATUS, CAMPAIGN_TYPE, formatDate, formatNumber } from '../french';
import type { Campaign } from '../types';

export const CAMPAIGN_TONE: Record<Campaign['status'], Tone> = {
  PENDING: 'wait',
  SENT: 'good',
  FAILED: 'bad',
  CANCELLED: 'muted',
};

const FILTERS = ['ALL', 'PENDING', 'SENT', 'FAILED', 'CANCELLED'] as const;

export function CampaignsPage() {
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('ALL');
  const [page, setPage] = useState(1);
  const campaigns = useLoad(
    () => list<Campaign>('/v1/campaign/list', { status, page, limit: 20 }),
    [status, page],
  );
  return (
    <Page
      title="Campagnes"
      actions={
        <a class="button primary" href="#/campagnes/nouvelle">
          Nouvelle campagne
        </a>
      }
    >
      <div class="filters">
        <label for="campaign-status">Statut</label>
        <select
          id="campaign-status"
          value={status}
          onChange={(event) => {
            setStatus(event.currentTarget.value as typeof status);
            setPage(1);
          }}
        >
          {FILTERS.map((filter) => (
            <option key={filter} value={filter}>
              {filter === 'ALL' ? 'Toutes' : CAMPAIGN_STATUS[filter]}
            </option>
          ))}
        </select>
      </div>
      <ErrorNote error={campaigns.error} />
      {campaigns.loading && !campaigns.data && <Loading />}
      {campaigns.data && campaigns.data.data.length === 0 && (
        <p class="empty">
          Aucune campagne {status === 'ALL' ? 'pour l’instant' : 'avec ce statut'}.{' '}
          <a href="#/campagnes/nouvelle">Créer une campagne</a>
        </p>
      )}
      {campaigns.data && campaigns.data.data.length > 0 && (
        <>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Type</th>
                  <th scope="col">Statut</th>
                  <th scope="col">Destinataires</th>
                  <th scope="col">Remis</th>
                  <th scope="col">Créée le</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.data.data.map((campaign) => (
                  <tr key={campaign.id}>
                    <td>
                      <a href={`#/campagnes/${campaign.id}`}>{campaign.name}</a>
                    </td>
                    <td>{CAMPAIGN_TYPE[campaign.type]}</td>
                    <td>
                      <Badge tone={CAMPAIGN_TONE[campaign.status]}>{CAMPAIGN_STATUS[campaign.status]}</Badge>
                    </td>
                    <td>{formatNumber(campaign.recipientCount)}</td>
                    <td>
                      {formatNumber(campaign.stats.delivered)} / {formatNumber(campaign.stats.total)}
                    </td>
                    <td>{formatDate(campaign.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager {...campaigns.data} onPage={setPage} />
        </>
      )}
    </Page>
  );
}
