import { useState } from 'preact/hooks';
import { list } from '../api';
import { Badge, Listing, Page, type Tone, useLoad } from '../components';
import { CAMPAIGN_STATUS, CAMPAIGN_TYPE, formatDate, formatNumber } from '../french';
import { useCan } from '../me';
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
  const can = useCan();
  return (
    <Page
      title="Campagnes"
      actions={
        can('editor') && (
          <a class="button primary" href="#/campagnes/nouvelle">
            Nouvelle campagne
          </a>
        )
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
      <Listing
        listed={campaigns}
        columns={['Nom', 'Type', 'Statut', 'Destinataires', 'Remis', 'Créée le']}
        row={(campaign) => (
          <tr key={campaign.id}>
            <td>
              <a href={`#/campagnes/${campaign.id}`}>{campaign.name}</a>
            </td>
            <td>{CAMPAIGN_TYPE[campaign.type]}</td>
            <td>
              <Badge tone={CAMPAIGN_TONE[campaign.status]}>{CAMPAIGN_STATUS[campaign.status]}</Badge>
            </td>
            <td>{campaign.preparing ? 'en préparation' : formatNumber(campaign.recipientCount)}</td>
            <td>
              {formatNumber(campaign.stats.delivered)} / {formatNumber(campaign.stats.total)}
            </td>
            <td>{formatDate(campaign.createdAt)}</td>
          </tr>
        )}
        empty={
          <>
            Aucune campagne {status === 'ALL' ? 'pour l’instant' : 'avec ce statut'}.{' '}
            <a href="#/campagnes/nouvelle">Créer une campagne</a>
          </>
        }
        onPage={setPage}
      />
    </Page>
  );
}
