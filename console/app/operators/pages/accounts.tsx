import { useState } from 'preact/hooks';
import { call, list, newIdempotencyKey } from '../../api';
import { Badge, ErrorNote, Listing, Page, useLoad } from '../../components';
import { formatDate, formatMoney, writtenAmount } from '../../french';
import { go } from '../../router';
import type { AccountRow, OpenedAccount } from '../types';

/** Every customer account, found by the start of its name or its id. */
export function AccountsPage() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const accounts = useLoad(
    () =>
      list<AccountRow>('/v1/operator/account/list', {
        page,
        count: 20,
        ...(search.trim() ? { search: search.trim() } : {}),
      }),
    [page, search],
  );
  return (
    <Page title="Comptes">
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <div>
          <label for="account-search">Nom ou identifiant</label>
          <input
            id="account-search"
            type="search"
            value={search}
            onInput={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
          />
        </div>
      </form>
      <Listing
        listed={accounts}
        testId="accounts"
        columns={['Compte', 'Statut', 'Disponible', 'Dernier envoi', 'Ouvert le']}
        row={(row) => (
          <tr key={row.id}>
            <td>
              <a href={`#/comptes/${row.id}`}>{row.name}</a>
            </td>
            <td>
              <AccountStatus status={row.status} />
            </td>
            <td class="amount">{formatMoney(row.balance.available)}</td>
            <td>{row.lastActiveDay ?? '—'}</td>
            <td>{formatDate(row.createdAt)}</td>
          </tr>
        )}
        empty={search.trim() ? 'Aucun compte ne commence par ce nom.' : 'Aucun compte pour l’instant.'}
        onPage={setPage}
      />
      <OpenAccountForm />
    </Page>
  );
}

export function AccountStatus({ status }: { status: AccountRow['status'] }) {
  return status === 'ACTIVE' ? <Badge tone="good">Actif</Badge> : <Badge tone="bad">Suspendu</Badge>;
}

const OPEN_LABELS = {
  name: 'Nom du compte',
  ownerEmail: 'E-mail du propriétaire',
  openingBalance: 'Solde d’ouverture',
  'plan.senderLimit': 'Expéditeurs autorisés',
  'plan.requestsPerSecond': 'Requêtes par seconde et par clé',
};

/** Opens an account: its first owner is invited by e-mail; the opening balance is a top-up in its ledger. */
function OpenAccountForm() {
  const [name, setName] = useState('');
  const [ownerEmail, setOwnerEmail] = useState('');
  const [openingBalance, setOpeningBalance] = useState('');
  const [senderLimit, setSenderLimit] = useState('10');
  const [requestsPerSecond, setRequestsPerSecond] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One key per account to open: a submit repeated after a lost answer opens nothing more.
  const [key, setKey] = useState(newIdempotencyKey);
  const open = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const opened = await call<OpenedAccount>(
        '/v1/operator/account/create',
        {
          name,
          ownerEmail: ownerEmail.trim(),
          plan: {
            senderLimit: Number(senderLimit),
            ...(requestsPerSecond.trim() ? { requestsPerSecond: Number(requestsPerSecond) } : {}),
          },
          ...(openingBalance.trim() ? { openingBalance: writtenAmount(openingBalance) } : {}),
        },
        { idempotencyKey: key },
      );
      setKey(newIdempotencyKey());
      go(`/comptes/${opened.id}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="stack narrow" onSubmit={open} noValidate>
      <h2>Ouvrir un compte</h2>
      <label for="open-name">{OPEN_LABELS.name}</label>
      <input id="open-name" required value={name} onInput={(event) => setName(event.currentTarget.value)} />
      <label for="open-owner">{OPEN_LABELS.ownerEmail}</label>
      <input
        id="open-owner"
        type="email"
        required
        value={ownerEmail}
        onInput={(event) => setOwnerEmail(event.currentTarget.value)}
        aria-describedby="open-owner-help"
      />
      <p class="help" id="open-owner-help">
        Il reçoit par e-mail un mot de passe temporaire pour la console, puis crée lui-même ses clés API.
      </p>
      <label for="open-balance">{OPEN_LABELS.openingBalance} (F CFA, facultatif)</label>
      <input
        id="open-balance"
        inputMode="decimal"
        value={openingBalance}
        onInput={(event) => setOpeningBalance(event.currentTarget.value)}
      />
      <label for="open-senders">{OPEN_LABELS['plan.senderLimit']}</label>
      <input
        id="open-senders"
        type="number"
        min="1"
        max="1000"
        value={senderLimit}
        onInput={(event) => setSenderLimit(event.currentTarget.value)}
      />
      <label for="open-rate">{OPEN_LABELS['plan.requestsPerSecond']} (vide : celui de la plateforme)</label>
      <input
        id="open-rate"
        type="number"
        min="1"
        max="1000"
        value={requestsPerSecond}
        onInput={(event) => setRequestsPerSecond(event.currentTarget.value)}
      />
      <button type="submit" class="primary" disabled={busy || !name.trim() || !ownerEmail.trim()}>
        {busy ? 'Ouverture…' : 'Ouvrir le compte'}
      </button>
      <ErrorNote error={error} labels={OPEN_LABELS} />
    </form>
  );
}
