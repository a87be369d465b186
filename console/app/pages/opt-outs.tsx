import { useState } from 'preact/hooks';
import { call, list } from '../api';
import { ErrorNote, Listing, Page, useLoad } from '../components';
import { formatDate, OPT_OUT_SOURCE, plural } from '../french';
import type { OptOut } from '../types';

/** The account's STOP list: who receives nothing more, and why; add or take back numbers by hand. */
export function OptOutsPage() {
  const [page, setPage] = useState(1);
  const optOuts = useLoad(() => list<OptOut>('/v1/opt-out/list', { page, count: 20 }), [page]);
  const [phones, setPhones] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const typed = phones
    .split(/[\n,;]+/)
    .map((phone) => phone.trim())
    .filter(Boolean);
  const change = async (route: 'add' | 'remove') => {
    setError(null);
    setDone('');
    try {
      const answer = await call<{ added?: number; removed?: number }>(`/v1/opt-out/${route}`, {
        phones: typed,
      });
      setDone(
        route === 'add'
          ? `${plural(answer.added ?? 0, 'numéro désinscrit', 'numéros désinscrits')}.`
          : `${plural(answer.removed ?? 0, 'numéro réinscrit', 'numéros réinscrits')}.`,
      );
      setPhones('');
      void optOuts.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Page title="Désinscrits (STOP)">
      <p class="help">
        Ces numéros ne reçoivent plus aucun SMS de votre compte : ils ont répondu STOP, l’opérateur les a
        signalés, ou vous les avez ajoutés. Un envoi vers eux est compté « échoué (désinscrit) », sans frais.
      </p>
      <form class="stack" onSubmit={(event) => event.preventDefault()}>
        <label for="opt-out-phones">Numéros (un par ligne)</label>
        <textarea
          id="opt-out-phones"
          rows={3}
          value={phones}
          onInput={(event) => setPhones(event.currentTarget.value)}
        />
        <div class="inline">
          <button type="button" disabled={!typed.length} onClick={() => change('add')}>
            Désinscrire
          </button>
          <button type="button" disabled={!typed.length} onClick={() => change('remove')}>
            Réinscrire
          </button>
        </div>
        {done && <p role="status">{done}</p>}
        <ErrorNote error={error} labels={{ phones: 'Numéro' }} />
      </form>
      <Listing
        listed={optOuts}
        columns={['Numéro', 'Origine', 'Motif', 'Depuis le']}
        row={(optOut) => (
          <tr key={optOut.phone}>
            <td>{optOut.phone}</td>
            <td>
              {OPT_OUT_SOURCE[optOut.source]}
              {optOut.keyword && ` (« ${optOut.keyword} »)`}
            </td>
            <td>{optOut.reason ?? ''}</td>
            <td>{formatDate(optOut.createdAt)}</td>
          </tr>
        )}
        empty="Aucun numéro désinscrit."
        onPage={setPage}
      />
    </Page>
  );
}
