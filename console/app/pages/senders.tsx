import { useState } from 'preact/hooks';
import { call, list } from '../api';
import { Badge, ErrorNote, FieldError, Listing, Page, type Tone, useLoad } from '../components';
import { formatDate, SENDER_STATUS } from '../french';
import type { Sender } from '../types';

const SENDER_TONE: Record<Sender['status'], Tone> = {
  PENDING: 'wait',
  SUBMITTED: 'wait',
  ACCEPTED: 'good',
  REFUSED: 'bad',
};

export function SendersPage() {
  const [page, setPage] = useState(1);
  const senders = useLoad(() => list<Sender>('/v1/sender/list', { page, count: 20 }), [page]);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [requested, setRequested] = useState<Sender | null>(null);
  return (
    <Page title="Expéditeurs">
      <p class="help">
        Le nom qui s’affiche à la place d’un numéro sur le téléphone de vos destinataires. Chaque nom est
        vérifié par les opérateurs avant d’être utilisé ; en attendant, vos campagnes partent sous le nom par
        défaut.
      </p>
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          setRequested(null);
          try {
            setRequested(await call<Sender>('/v1/sender/create', { name, description }));
            setName('');
            setDescription('');
            void senders.reload();
          } catch (failure) {
            setError(failure);
          }
        }}
      >
        <h2>Demander un expéditeur</h2>
        <div class="field">
          <label for="sender-name">Nom (3 à 11 lettres sans accent ou chiffres)</label>
          <input
            id="sender-name"
            value={name}
            maxLength={11}
            autocomplete="off"
            onInput={(event) => setName(event.currentTarget.value)}
            aria-describedby="sender-name-error"
          />
          <FieldError error={error} path="name" id="sender-name-error" />
        </div>
        <div class="field">
          <label for="sender-description">À quoi il servira (pour les opérateurs)</label>
          <textarea
            id="sender-description"
            rows={2}
            maxLength={500}
            value={description}
            onInput={(event) => setDescription(event.currentTarget.value)}
            aria-describedby="sender-description-error"
          />
          <FieldError error={error} path="description" id="sender-description-error" />
        </div>
        <ErrorNote error={error} labels={{ name: 'Nom', description: 'Usage' }} />
        {requested && (
          <p role="status" class="success">
            Demande de « {requested.name} » enregistrée : elle est en attente de validation.
          </p>
        )}
        <button type="submit" class="primary">
          Demander
        </button>
      </form>
      <h2>Vos expéditeurs</h2>
      <Listing
        listed={senders}
        columns={['Nom', 'Statut', 'Usage', 'Demandé le']}
        row={(sender) => (
          <tr key={sender.id}>
            <td>{sender.name}</td>
            <td>
              <Badge tone={SENDER_TONE[sender.status]}>{SENDER_STATUS[sender.status]}</Badge>
              {sender.refusalReason && <p class="help">Motif : {sender.refusalReason}</p>}
            </td>
            <td>{sender.description}</td>
            <td>{formatDate(sender.createdAt)}</td>
          </tr>
        )}
        empty="Aucun expéditeur demandé pour l’instant."
        onPage={setPage}
      />
    </Page>
  );
}
