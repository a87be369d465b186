import { useState } from 'preact/hooks';
import { call, list, newIdempotencyKey } from '../api';
import { ClicksChart, StatsChart } from '../chart';
import {
  Badge,
  ErrorNote,
  Listing,
  Page,
  RadioChoices,
  type Tone,
  useEvery,
  useLoad,
  Waiting,
} from '../components';
import {
  CAMPAIGN_STATUS,
  CAMPAIGN_TYPE,
  FAILURE_REASON,
  formatDate,
  formatMoney,
  formatNumber,
  MESSAGE_STATUS,
  plural,
  REFUSAL,
} from '../french';
import { useCan } from '../me';
import { BACK } from '../router';
import type { CampaignDetails, ClicksOverTime, Export, Message } from '../types';
import { CAMPAIGN_TONE } from './campaigns';

const MESSAGE_TONE: Record<Message['status'], Tone> = {
  PENDING: 'wait',
  SENT: 'wait',
  DELIVERED: 'good',
  UNDELIVERED: 'bad',
  UNKNOWN: 'muted',
  FAILED: 'bad',
};

const WEEKDAY_FR = {
  monday: 'lundi',
  tuesday: 'mardi',
  wednesday: 'mercredi',
  thursday: 'jeudi',
  friday: 'vendredi',
  saturday: 'samedi',
  sunday: 'dimanche',
} as const;

/**
 * How often to look again: every few seconds while messages go out or reports are awaited, every
 * minute while a scheduled or weekly campaign waits for its time (every few seconds while its groups are
 * read), never once all is settled.
 */
function refreshEvery(campaign: CampaignDetails | undefined): number | undefined {
  if (!campaign) return undefined;
  const { stats } = campaign;
  const awaitingReports = stats.sent > stats.delivered + stats.undelivered + stats.unknown;
  const sending =
    stats.pending > 0 && campaign.occurrences.some((occurrence) => occurrence.status === 'SENDING');
  const immediate = campaign.status === 'PENDING' && campaign.type === 'SMS';
  if (awaitingReports || sending || immediate || campaign.preparing) return 3000;
  return campaign.status === 'PENDING' ? 60_000 : undefined;
}

/** The clicks over time, by hour or by day; read again when the campaign's count of clicks changes. */
function Clicks({ campaignId, clicks }: { campaignId: string; clicks: number }) {
  const [interval, chooseInterval] = useState<ClicksOverTime['interval']>('hour');
  const drawn = useLoad(
    () => call<ClicksOverTime>(`/v1/campaign/${campaignId}/clicks`, { interval }),
    [campaignId, interval, clicks],
  );
  return (
    <section aria-labelledby="clicks-title">
      <h2 id="clicks-title">Clics</h2>
      <RadioChoices
        name="clicks-interval"
        label="Regrouper les clics"
        choices={[
          ['hour', 'Par heure'],
          ['day', 'Par jour'],
        ]}
        value={interval}
        onChange={chooseInterval}
      />
      <ErrorNote error={drawn.error} />
      {drawn.data ? <ClicksChart clicks={drawn.data} /> : <p class="help">Chargement…</p>}
    </section>
  );
}

export function CampaignPage({ id }: { id: string }) {
  const campaign = useLoad(() => call<CampaignDetails>(`/v1/campaign/${id}`, { contactsCount: 10 }), [id]);
  const [messagesVersion, setMessagesVersion] = useState(0);
  // Watched as it goes out and is delivered.
  const every = refreshEvery(campaign.data);
  useEvery(every ?? 0, every !== undefined, () => {
    void campaign.reload();
    setMessagesVersion((version) => version + 1);
  });
  if (!campaign.data) return <Waiting title="Campagne" back={BACK.campaigns} error={campaign.error} />;
  const details = campaign.data;
  return (
    <Page
      title={details.name}
      back={BACK.campaigns}
      actions={<CancelButton campaign={details} onCancelled={() => void campaign.reload()} />}
    >
      <ErrorNote error={campaign.error} />
      <dl class="facts">
        <div>
          <dt>Statut</dt>
          <dd>
            <Badge tone={CAMPAIGN_TONE[details.status]}>{CAMPAIGN_STATUS[details.status]}</Badge>
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{CAMPAIGN_TYPE[details.type]}</dd>
        </div>
        <div>
          <dt>Expéditeur</dt>
          <dd>
            {details.sender.name}
            {details.sender.reason === 'not-accepted' && (
              <span class="help"> (l’expéditeur demandé n’est pas encore accepté : nom par défaut)</span>
            )}
            {details.sender.reason === 'not-found' && (
              <span class="help"> (l’expéditeur demandé n’existe pas : nom par défaut)</span>
            )}
          </dd>
        </div>
        {details.scheduledDate && (
          <div>
            <dt>Envoi prévu</dt>
            <dd>{formatDate(details.scheduledDate, details.timezone)}</dd>
          </div>
        )}
        {details.recurring && (
          <div>
            <dt>Chaque semaine</dt>
            <dd>
              {Object.entries(details.recurring)
                .map(
                  ([day, at]) =>
                    `${WEEKDAY_FR[day as keyof typeof WEEKDAY_FR]} ${wallTime(at, details.timezone)}`,
                )
                .join(', ')}{' '}
              ({details.timezone})
            </dd>
          </div>
        )}
        {details.nextRunAt && details.status === 'PENDING' && (
          <div>
            <dt>Prochain envoi</dt>
            <dd>{formatDate(details.nextRunAt, details.timezone)}</dd>
          </div>
        )}
        <div>
          <dt>Destinataires</dt>
          <dd>
            {details.preparing ? (
              <Badge tone="wait">Lecture des groupes en cours…</Badge>
            ) : (
              formatNumber(details.recipientCount)
            )}
          </dd>
        </div>
        <div>
          <dt>Envoyés (remis aux opérateurs)</dt>
          <dd data-stat="sent">{formatNumber(details.stats.sent)}</dd>
        </div>
        <div>
          <dt>Segments facturés</dt>
          <dd>{formatNumber(details.stats.parts)}</dd>
        </div>
        <div>
          <dt>Coût débité</dt>
          <dd data-stat="cost">{formatMoney(details.stats.cost)}</dd>
        </div>
        {details.trackLinks && (
          <div>
            <dt>Taux de clic (liens courts)</dt>
            <dd data-stat="click-rate">
              {clickRate(details.stats.clicked, details.stats.sent)} ·{' '}
              {plural(details.stats.clicked, 'message cliqué', 'messages cliqués')} ·{' '}
              {plural(details.stats.clicks, 'clic', 'clics')}
            </dd>
          </div>
        )}
        {details.failureReason && (
          <div>
            <dt>Dernier envoi refusé</dt>
            <dd data-testid="failure-reason">{REFUSAL[details.failureReason]}</dd>
          </div>
        )}
        <div>
          <dt>Créée le</dt>
          <dd>{formatDate(details.createdAt)}</dd>
        </div>
      </dl>
      <h2>Remise</h2>
      <StatsChart stats={details.stats} />
      {(details.stats.optedOut > 0 || details.stats.deferred > 0) && (
        <p class="help">
          {details.stats.optedOut > 0 &&
            `${plural(details.stats.optedOut, 'destinataire désinscrit', 'destinataires désinscrits')} (non envoyés). `}
          {details.stats.deferred > 0 &&
            `${plural(details.stats.deferred, 'message retenu', 'messages retenus')} jusqu’à la fin des heures calmes.`}
        </p>
      )}
      {details.trackLinks && <Clicks campaignId={details.id} clicks={details.stats.clicks} />}
      <h2>Texte</h2>
      <blockquote class="sms">{details.text}</blockquote>
      {details.occurrences.length > 0 && (
        <>
          <h2>Envois</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Envoyés</th>
                  <th scope="col">Remis</th>
                  <th scope="col">Échoués</th>
                  <th scope="col">En attente</th>
                </tr>
              </thead>
              <tbody>
                {details.occurrences.map((occurrence) => (
                  <tr key={occurrence.occurrence}>
                    <td>
                      {formatDate(occurrence.occurrence)}
                      {occurrence.reason && <span class="help"> ({REFUSAL[occurrence.reason]})</span>}
                    </td>
                    <td>{formatNumber(occurrence.stats.sent)}</td>
                    <td>{formatNumber(occurrence.stats.delivered)}</td>
                    <td>{formatNumber(occurrence.stats.failed)}</td>
                    <td>{formatNumber(occurrence.stats.pending)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <MessageLog
        campaignId={details.id}
        occurrences={details.occurrences.map((occurrence) => occurrence.occurrence)}
        version={messagesVersion}
      />
    </Page>
  );
}

const wallTime = (iso: string | undefined, timeZone: string) =>
  iso
    ? new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
    : '';

function CancelButton({ campaign, onCancelled }: { campaign: CampaignDetails; onCancelled: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const can = useCan();
  if (campaign.status !== 'PENDING' || !can('editor')) return null;
  if (!confirming) {
    return (
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        Annuler la campagne
      </button>
    );
  }
  return (
    <div class="confirm">
      <span>
        {campaign.type === 'RECURRING'
          ? 'Plus aucun envoi de cette campagne. Confirmer ?'
          : 'Cette campagne ne partira pas. Confirmer ?'}
      </span>
      <button
        type="button"
        class="danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await call(`/v1/campaign/${campaign.id}/cancel`);
            setConfirming(false);
            onCancelled();
          } catch (failure) {
            setError(failure);
          } finally {
            setBusy(false);
          }
        }}
      >
        Oui, annuler
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Non, garder
      </button>
      <ErrorNote error={error} />
    </div>
  );
}

const STATUS_FILTERS = ['ALL', 'PENDING', 'SENT', 'DELIVERED', 'UNDELIVERED', 'UNKNOWN', 'FAILED'] as const;

function MessageLog({
  campaignId,
  occurrences,
  version,
}: {
  campaignId: string;
  occurrences: string[];
  version: number;
}) {
  const [status, setStatus] = useState<(typeof STATUS_FILTERS)[number]>('ALL');
  // What is typed is kept apart from the filter applied (on Enter or leaving the field): the page
  // refreshes every few seconds, and a refresh must not undo typing.
  const [typedPhone, setTypedPhone] = useState('');
  const [phone, setPhone] = useState('');
  const applyPhone = () => {
    setPhone(typedPhone);
    setPage(1);
  };
  const [occurrence, setOccurrence] = useState('');
  const [page, setPage] = useState(1);
  const messages = useLoad(
    () =>
      list<Message>(`/v1/campaign/${campaignId}/messages`, {
        page,
        count: 20,
        status,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(occurrence ? { occurrence } : {}),
      }),
    [campaignId, status, phone, occurrence, page, version],
  );
  return (
    <>
      <h2>Messages</h2>
      <ExportButton
        campaignId={campaignId}
        filter={{ ...(status !== 'ALL' ? { status } : {}), ...(occurrence ? { occurrence } : {}) }}
      />
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          applyPhone();
        }}
      >
        <div>
          <label for="message-status">Statut</label>
          <select
            id="message-status"
            value={status}
            onChange={(event) => {
              setStatus(event.currentTarget.value as typeof status);
              setPage(1);
            }}
          >
            {STATUS_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {filter === 'ALL' ? 'Tous' : MESSAGE_STATUS[filter]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="message-phone">Numéro</label>
          <input
            id="message-phone"
            type="tel"
            inputMode="tel"
            value={typedPhone}
            placeholder="2250701020304"
            onInput={(event) => setTypedPhone(event.currentTarget.value)}
            onChange={applyPhone}
          />
        </div>
        {occurrences.length > 1 && (
          <div>
            <label for="message-occurrence">Envoi</label>
            <select
              id="message-occurrence"
              value={occurrence}
              onChange={(event) => {
                setOccurrence(event.currentTarget.value);
                setPage(1);
              }}
            >
              <option value="">Tous</option>
              {occurrences.map((slot) => (
                <option key={slot} value={slot}>
                  {formatDate(slot)}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      <Listing
        listed={messages}
        columns={['Numéro', 'Statut', 'Texte reçu', 'Segments', 'Envoyé', 'Remis']}
        row={(message) => (
          <tr key={`${message.occurrence}:${message.phone}`}>
            <td>{message.phone}</td>
            <td>
              <Badge tone={MESSAGE_TONE[message.status]}>{MESSAGE_STATUS[message.status]}</Badge>
              {message.reason && <span class="help"> {FAILURE_REASON[message.reason]}</span>}
              {message.providerStatus && message.status !== 'DELIVERED' && (
                <span class="help"> {message.providerStatus}</span>
              )}
            </td>
            <td class="text">{message.text}</td>
            <td>
              {message.segments} ({message.encoding})
            </td>
            <td>{formatDate(message.sentAt)}</td>
            <td>{formatDate(message.deliveredAt)}</td>
          </tr>
        )}
        empty="Aucun message à montrer."
        onPage={setPage}
        errorLabels={{ phone: 'Numéro', occurrence: 'Envoi' }}
        tableClass="messages"
      />
    </>
  );
}

/** How often to ask whether the file is written. */
const EXPORT_POLL_MS = 1000;

/**
 * « Exporter (CSV) »: the messages the filters show, written as a file for Excel; the page waits for
 * it, then the browser downloads it (the link works one hour).
 */
function ExportButton({
  campaignId,
  filter,
}: {
  campaignId: string;
  filter: { status?: string; occurrence?: string };
}) {
  const [running, setRunning] = useState<string | undefined>();
  const [ready, setReady] = useState<Export | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [failed, setFailed] = useState(false);
  useEvery(EXPORT_POLL_MS, running !== undefined, async () => {
    if (!running) return;
    try {
      const found = await call<Export>(`/v1/export/${running}`);
      if (found.status === 'RUNNING') return;
      setRunning(undefined);
      if (found.status === 'FAILED' || !found.url) {
        setFailed(true);
        return;
      }
      setReady(found);
      window.location.assign(found.url);
    } catch (failure) {
      setRunning(undefined);
      setError(failure);
    }
  });
  return (
    <div class="export">
      <button
        type="button"
        disabled={running !== undefined}
        onClick={async () => {
          setError(null);
          setFailed(false);
          setReady(undefined);
          try {
            const started = await call<{ id: string }>(`/v1/campaign/${campaignId}/export`, filter, {
              idempotencyKey: newIdempotencyKey(),
            });
            setRunning(started.id);
          } catch (failure) {
            setError(failure);
          }
        }}
      >
        Exporter (CSV)
      </button>
      {running && (
        <span class="help" role="status">
          {' '}
          Préparation du fichier…
        </span>
      )}
      {ready?.url && (
        <span class="help" role="status">
          {' '}
          {plural(ready.rows, 'message exporté', 'messages exportés')} ·{' '}
          <a href={ready.url} data-testid="export-link">
            Télécharger à nouveau
          </a>{' '}
          (lien valable jusqu’à {formatDate(ready.expiresAt)})
        </span>
      )}
      {failed && (
        <p class="error" role="alert">
          Le fichier n’a pas pu être écrit. Réessayez dans un moment.
        </p>
      )}
      <ErrorNote error={error} />
    </div>
  );
}

/** Messages clicked at least once, of those handed over, in French (« 12,5 % »). */
function clickRate(clicked: number, sent: number): string {
  if (sent === 0) return '—';
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format((clicked / sent) * 100)} %`;
}
