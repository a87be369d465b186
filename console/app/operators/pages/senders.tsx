import { useState } from 'preact/hooks';
import { COMMON_REFUSAL_REASONS } from '../../../../shared/senders/refusal-reasons';
import { call, list } from '../../api';
import { ErrorNote, Listing, Page, useLoad } from '../../components';
import { formatDate, SENDER_STATUS } from '../../french';
import type { Sender } from '../../types';
import type { QueuedSender } from '../types';

const STATUSES = Object.keys(SENDER_STATUS) as Sender['status'][];
const OTHER = 'autre';

/** The sender IDs asked for, across every account, oldest first: accept, pass to the carriers, or refuse. */
export function SenderQueuePage() {
  const [status, setStatus] = useState<Sender['status']>('PENDING');
  const [page, setPage] = useState(1);
  const [refusing, setRefusing] = useState<QueuedSender | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const senders = useLoad(
    () => list<QueuedSender>('/v1/operator/sender/list', { status, page, count: 20 }),
    [status, page],
  );
  const change = async (sender: QueuedSender, to: Sender['status'], reason?: string) => {
    setError(null);
    setNote('');
    try {
      await call(`/v1/operator/sender/${sender.id}/status`, { status: to, ...(reason ? { reason } : {}) });
      setRefusing(null);
      await senders.reload();
      setNote(`${sender.name} : ${SENDER_STATUS[to].toLowerCase()}.`);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Page title="Expéditeurs à valider">
      <div class="field narrow">
        <label for="sender-status">Statut</label>
        <select
          id="sender-status"
          value={status}
          onChange={(event) => {
            setStatus(event.currentTarget.value as Sender['status']);
            setPage(1);
          }}
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {SENDER_STATUS[value]}
            </option>
          ))}
        </select>
      </div>
      {note && <p role="status">{note}</p>}
      <ErrorNote error={error} labels={{ reason: 'Motif' }} />
      {refusing && (
        <RefusalForm
          sender={refusing}
          onRefuse={(reason) => change(refusing, 'REFUSED', reason)}
          onCancel={() => setRefusing(null)}
        />
      )}
      <Listing
        listed={senders}
        testId="sender-queue"
        columns={['Nom', 'Compte', 'Usage décrit', 'Demandé le', 'Motif', { hidden: 'Actions' }]}
        row={(sender) => (
          <tr key={sender.id}>
            <td>
              <strong>{sender.name}</strong>
            </td>
            <td>
              <a href={`#/comptes/${sender.accountId}`}>Voir le compte</a>
            </td>
            <td class="text">{sender.description}</td>
            <td>{formatDate(sender.createdAt)}</td>
            <td class="text">{sender.refusalReason ?? ''}</td>
            <td class="actions">
              {sender.status !== 'ACCEPTED' && (
                <button type="button" class="primary" onClick={() => void change(sender, 'ACCEPTED')}>
                  Accepter {sender.name}
                </button>
              )}
              {sender.status === 'PENDING' && (
                <button type="button" onClick={() => void change(sender, 'SUBMITTED')}>
                  Marquer transmis
                </button>
              )}
              {sender.status !== 'REFUSED' && (
                <button type="button" class="danger" onClick={() => setRefusing(sender)}>
                  Refuser {sender.name}
                </button>
              )}
            </td>
          </tr>
        )}
        empty={status === 'PENDING' ? 'Aucune demande en attente.' : 'Aucun expéditeur avec ce statut.'}
        onPage={setPage}
      />
    </Page>
  );
}

/** Why the sender is refused: one of the usual reasons, or one written for this case. The customer reads it. */
function RefusalForm({
  sender,
  onRefuse,
  onCancel,
}: {
  sender: QueuedSender;
  onRefuse: (reason: string) => void;
  onCancel: () => void;
}) {
  const [choice, setChoice] = useState<string>(COMMON_REFUSAL_REASONS[0]);
  const [written, setWritten] = useState('');
  const reason = choice === OTHER ? written.trim() : choice;
  return (
    <form
      class="stack confirm"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onRefuse(reason);
      }}
    >
      <fieldset class="radios">
        <legend>Motif du refus de {sender.name} (le client le lira)</legend>
        {[...COMMON_REFUSAL_REASONS, OTHER].map((value, index) => (
          <label key={value}>
            <input
              type="radio"
              name="refusal-reason"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
              id={`refusal-${index}`}
            />
            {value === OTHER ? 'Autre motif…' : value}
          </label>
        ))}
      </fieldset>
      {choice === OTHER && (
        <>
          <label for="refusal-written">Motif</label>
          <textarea
            id="refusal-written"
            rows={2}
            value={written}
            onInput={(event) => setWritten(event.currentTarget.value)}
          />
        </>
      )}
      <div class="inline">
        <button type="submit" class="danger" disabled={!reason}>
          Refuser {sender.name}
        </button>
        <button type="button" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
