import { useState } from 'preact/hooks';
import { call, list } from '../api';
import {
  Badge,
  CopyButton,
  ErrorNote,
  FieldError,
  Listing,
  Page,
  useEvery,
  useLoad,
  Waiting,
} from '../components';
import { DELIVERY_STATUS, EVENT_LABEL, formatDate, WEBHOOK_STATUS } from '../french';
import { BACK, go } from '../router';
import type { Delivery, Webhook, WebhookWithSecret } from '../types';

type EventName = keyof typeof EVENT_LABEL;
const EVENTS = Object.keys(EVENT_LABEL).filter((event) => event !== 'webhook.test') as EventName[];

const eventsOf = (webhook: Webhook) =>
  webhook.events.includes('*')
    ? 'Tous'
    : webhook.events.map((event) => EVENT_LABEL[event as EventName]).join(', ');

/** A secret is shown once, the moment it is made: copy it now, it is never shown again. */
function SecretOnce({ secret }: { secret: string }) {
  return (
    <div class="secret" role="status">
      <p>
        <strong>Secret de signature</strong> : copiez-le maintenant, il ne sera plus jamais affiché.
      </p>
      <code data-testid="webhook-secret">{secret}</code> <CopyButton text={secret} label="Copier le secret" />
    </div>
  );
}

export function WebhooksPage() {
  const [page, setPage] = useState(1);
  const webhooks = useLoad(() => list<Webhook>('/v1/webhook/list', { page, count: 20 }), [page]);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>(['*']);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const all = events.includes('*');
  return (
    <Page title="Webhooks">
      <p class="help">
        Recevez sur votre serveur, en temps réel, les remises, échecs, désinscriptions et fins de campagne.
        Chaque envoi est signé (Standard Webhooks) et répété pendant 3 jours tant que votre serveur ne répond
        pas 2xx.
      </p>
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            setCreated(
              await call<WebhookWithSecret>('/v1/webhook/create', {
                url: url.trim(),
                events,
                ...(description.trim() ? { description: description.trim() } : {}),
              }),
            );
            setUrl('');
            setDescription('');
            void webhooks.reload();
          } catch (failure) {
            setError(failure);
          }
        }}
      >
        <h2>Ajouter une adresse</h2>
        <div class="field">
          <label for="webhook-url">Adresse (https://…)</label>
          <input
            id="webhook-url"
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://exemple.ci/webhooks/sms"
            onInput={(event) => setUrl(event.currentTarget.value)}
            aria-describedby="webhook-url-error"
          />
          <FieldError error={error} path="url" id="webhook-url-error" />
        </div>
        <fieldset>
          <legend>Événements</legend>
          <label class="check">
            <input
              type="checkbox"
              checked={all}
              onChange={(event) => setEvents(event.currentTarget.checked ? ['*'] : [])}
            />{' '}
            Tous, y compris ceux à venir
          </label>
          {!all && (
            <ul class="choices">
              {EVENTS.map((name) => (
                <li key={name}>
                  <label>
                    <input
                      type="checkbox"
                      checked={events.includes(name)}
                      onChange={(event) =>
                        setEvents(
                          event.currentTarget.checked
                            ? [...events, name]
                            : events.filter((chosen) => chosen !== name),
                        )
                      }
                    />{' '}
                    {EVENT_LABEL[name]} <code>{name}</code>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <FieldError error={error} path="events" id="webhook-events-error" />
        </fieldset>
        <div class="field">
          <label for="webhook-description">Description (facultatif)</label>
          <input
            id="webhook-description"
            value={description}
            maxLength={200}
            onInput={(event) => setDescription(event.currentTarget.value)}
          />
        </div>
        <ErrorNote
          error={error}
          labels={{ url: 'Adresse', events: 'Événements', description: 'Description' }}
        />
        <button type="submit" class="primary">
          Ajouter
        </button>
      </form>
      {created && <SecretOnce secret={created.secret} />}
      <h2>Vos adresses</h2>
      <Listing
        listed={webhooks}
        columns={['Adresse', 'Événements', 'Statut', 'Créée le']}
        row={(webhook) => (
          <tr key={webhook.id}>
            <td>
              <a href={`#/webhooks/${webhook.id}`}>{webhook.url}</a>
              {webhook.description && <p class="help">{webhook.description}</p>}
            </td>
            <td>{eventsOf(webhook)}</td>
            <td>
              <Badge tone={webhook.status === 'ENABLED' ? 'good' : 'bad'}>
                {WEBHOOK_STATUS[webhook.status]}
              </Badge>
            </td>
            <td>{formatDate(webhook.createdAt)}</td>
          </tr>
        )}
        empty="Aucune adresse pour l’instant."
        onPage={setPage}
      />
    </Page>
  );
}

export function WebhookPage({ id }: { id: string }) {
  const webhook = useLoad(() => call<Webhook>(`/v1/webhook/${id}`), [id]);
  const [page, setPage] = useState(1);
  const deliveries = useLoad(
    () => list<Delivery>(`/v1/webhook/${id}/deliveries`, { page, count: 20 }),
    [id, page],
  );
  const [error, setError] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [tested, setTested] = useState(false);
  // A test or a retry shows up within seconds: watch while any delivery is still under way.
  useEvery(3000, tested || !!deliveries.data?.data.some((delivery) => delivery.status === 'PENDING'), () => {
    void deliveries.reload();
  });
  const act = async (what: () => Promise<void>) => {
    setError(null);
    try {
      await what();
    } catch (failure) {
      setError(failure);
    }
  };
  if (!webhook.data) return <Waiting title="Webhook" back={BACK.webhooks} error={webhook.error} />;
  const endpoint = webhook.data;
  return (
    <Page title={endpoint.url} back={BACK.webhooks}>
      <dl class="facts">
        <div>
          <dt>Statut</dt>
          <dd>
            <Badge tone={endpoint.status === 'ENABLED' ? 'good' : 'bad'}>
              {WEBHOOK_STATUS[endpoint.status]}
            </Badge>
            {endpoint.disabledReason && <span class="help"> {endpoint.disabledReason}</span>}
          </dd>
        </div>
        <div>
          <dt>Événements</dt>
          <dd>{eventsOf(endpoint)}</dd>
        </div>
        <div>
          <dt>Créée le</dt>
          <dd>{formatDate(endpoint.createdAt)}</dd>
        </div>
      </dl>
      <div class="inline">
        {endpoint.status === 'DISABLED' && (
          <button
            type="button"
            onClick={() =>
              act(async () => {
                await call(`/v1/webhook/${id}/enable`);
                void webhook.reload();
                void deliveries.reload();
              })
            }
          >
            Réactiver
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            act(async () => {
              await call(`/v1/webhook/${id}/test`);
              setTested(true);
              void deliveries.reload();
            })
          }
        >
          Envoyer un test
        </button>
        <button
          type="button"
          onClick={() =>
            act(async () =>
              setSecret((await call<WebhookWithSecret>(`/v1/webhook/${id}/rotate-secret`)).secret),
            )
          }
        >
          Changer le secret
        </button>
        {confirmDelete ? (
          <span class="confirm">
            Supprimer cette adresse ?{' '}
            <button
              type="button"
              class="danger"
              onClick={() =>
                act(async () => {
                  await call(`/v1/webhook/${id}/delete`);
                  go('/webhooks');
                })
              }
            >
              Oui, supprimer
            </button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Non
            </button>
          </span>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
            Supprimer
          </button>
        )}
      </div>
      {tested && <p role="status">Test envoyé : il apparaît ci-dessous.</p>}
      {secret && (
        <>
          <SecretOnce secret={secret} />
          <p class="help">
            L’ancien secret signe encore pendant 24 heures, le temps de mettre à jour votre serveur.
          </p>
        </>
      )}
      <ErrorNote error={error} />
      <h2>Livraisons</h2>
      <Listing
        listed={deliveries}
        columns={['Événement', 'Statut', 'Tentatives', 'Dernière réponse', 'Prochaine tentative', 'Créé le']}
        row={(delivery) => (
          <tr key={delivery.eventId}>
            <td>
              {EVENT_LABEL[delivery.type]} <code>{delivery.type}</code>
            </td>
            <td>
              <Badge
                tone={
                  delivery.status === 'SUCCEEDED' ? 'good' : delivery.status === 'FAILED' ? 'bad' : 'wait'
                }
              >
                {DELIVERY_STATUS[delivery.status]}
              </Badge>
            </td>
            <td>{delivery.attempts}</td>
            <td>{delivery.lastStatusCode ?? delivery.lastError ?? '—'}</td>
            <td>{formatDate(delivery.nextAttemptAt)}</td>
            <td>{formatDate(delivery.createdAt)}</td>
          </tr>
        )}
        empty="Aucune livraison pour l’instant."
        onPage={setPage}
        testId="deliveries"
      />
    </Page>
  );
}
