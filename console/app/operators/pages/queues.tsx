import { useState } from 'preact/hooks';
import { call } from '../../api';
import { ErrorNote, Loading, Page, useLoad } from '../../components';
import { formatDate, formatNumber } from '../../french';
import type { DeadLetterQueue, Redrive } from '../types';

/** The dead-letter queues: what failed every try, how many, since when; and the way back into their queue. */
export function QueuesPage() {
  const queues = useLoad(() => call<DeadLetterQueue[]>('/v1/operator/queue/list'), []);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const redrive = async (queue: DeadLetterQueue) => {
    setError(null);
    setNote('');
    try {
      await call<Redrive>('/v1/operator/queue/redrive', { queue: queue.name });
      setNote(`Renvoi lancé : les messages de « ${queue.what} » retournent dans leur file.`);
      void queues.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Page
      title="Files en échec"
      actions={
        <button type="button" onClick={() => void queues.reload()}>
          Actualiser
        </button>
      }
    >
      <p class="help">
        Un message arrive ici après avoir échoué à chaque essai. Corrigez d’abord la cause (journaux de la
        fonction), puis renvoyez-le dans sa file : il est traité comme la première fois, et ce qui a déjà été
        fait ne l’est pas deux fois.
      </p>
      {note && <p role="status">{note}</p>}
      <ErrorNote error={error ?? queues.error} />
      {queues.loading && !queues.data && <Loading />}
      {queues.data && (
        <div class="table-wrap">
          <table data-testid="queues">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Messages</th>
                <th scope="col">Le plus ancien</th>
                <th scope="col">
                  <span class="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {queues.data.map((queue) => (
                <tr key={queue.name} data-queue={queue.name}>
                  <th scope="row">{queue.what}</th>
                  <td class="amount" data-figure="depth">
                    {formatNumber(queue.depth)}
                  </td>
                  <td>{queue.oldestAt ? formatDate(queue.oldestAt) : '—'}</td>
                  <td>
                    {queue.redrivable ? (
                      <button type="button" disabled={queue.depth === 0} onClick={() => void redrive(queue)}>
                        Renvoyer dans la file
                      </button>
                    ) : (
                      <span class="muted">À traiter à la main</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
