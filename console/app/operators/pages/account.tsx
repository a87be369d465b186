import { useState } from 'preact/hooks';
import { call, list, newIdempotencyKey } from '../../api';
import { ErrorNote, Page, useLoad, Waiting } from '../../components';
import {
  CAMPAIGN_STATUS,
  CAMPAIGN_TYPE,
  countryName,
  formatDate,
  formatMoney,
  formatNumber,
  SENDER_STATUS,
  writtenAmount,
} from '../../french';
import { ROLE_LABEL } from '../../me';
import { LedgerListing } from '../../pages/balance';
import type { Transaction } from '../../types';
import type { AccountFile } from '../types';
import { AccountStatus } from './accounts';
import { UsageTable } from './overview';
import { CountryAmountForm } from './prices';

const BACK = ['#/comptes', 'Comptes'] as const;

/** One account, whole: its money and limits, its status, its prices, its people, senders, campaigns and usage. */
export function AccountPage({ id }: { id: string }) {
  const file = useLoad(() => call<AccountFile>(`/v1/operator/account/${id}`), [id]);
  const [ledgerPage, setLedgerPage] = useState(1);
  const ledger = useLoad(
    () => list<Transaction>(`/v1/operator/account/${id}/ledger`, { page: ledgerPage, count: 20 }),
    [id, ledgerPage],
  );
  if (!file.data) return <Waiting title="Compte" back={BACK} error={file.error} />;
  const account = file.data;
  const changed = () => {
    void file.reload();
    void ledger.reload();
  };
  return (
    <Page title={account.name} back={BACK} actions={<AccountStatus status={account.status} />}>
      <ErrorNote error={file.error} />
      <p class="muted">
        Identifiant <code>{account.id}</code> · ouvert le {formatDate(account.createdAt)} ·{' '}
        {formatNumber(account.plan.senderLimit)} expéditeurs autorisés
      </p>
      {account.suspension && (
        <p class="error" data-testid="suspension">
          Suspendu le {formatDate(account.suspension.at)} par {account.suspension.by} :{' '}
          {account.suspension.reason}
        </p>
      )}

      <h2>Solde</h2>
      <dl class="facts money" data-testid="account-balance">
        <div>
          <dt>Disponible</dt>
          <dd data-figure="available">
            <strong>{formatMoney(account.balance.available)}</strong>
          </dd>
        </div>
        <div>
          <dt>Solde</dt>
          <dd data-figure="balance">{formatMoney(account.balance.balance)}</dd>
        </div>
        <div>
          <dt>Réservé</dt>
          <dd>{formatMoney(account.balance.reserved)}</dd>
        </div>
        <div>
          <dt>Crédit autorisé</dt>
          <dd>{formatMoney(account.balance.creditLimit)}</dd>
        </div>
        <div>
          <dt>Dépensé ce mois-ci</dt>
          <dd>
            {formatMoney(account.balance.spentThisMonth)}
            {account.balance.monthlySpendLimit
              ? ` sur ${formatMoney(account.balance.monthlySpendLimit)} autorisés`
              : ' (sans limite)'}
          </dd>
        </div>
      </dl>
      <div class="columns">
        <MovementForm
          accountId={id}
          kind="top-up"
          title="Créditer"
          help="Un paiement reçu : le montant s’ajoute au solde, et les webhooks du compte reçoivent « Compte rechargé »."
          onDone={changed}
        />
        <MovementForm
          accountId={id}
          kind="adjust"
          title="Ajuster"
          help="Une correction, positive ou négative (-2500 retire 2 500 F CFA), toujours expliquée dans la note."
          onDone={changed}
        />
        <LimitsForm account={account} onDone={changed} />
      </div>

      <h2>Statut</h2>
      {account.status === 'ACTIVE' ? (
        <SuspendForm accountId={id} onDone={changed} />
      ) : (
        <ResumeForm accountId={id} onDone={changed} />
      )}

      <h2>Tarifs du compte</h2>
      <AccountPrices account={account} onDone={changed} />

      <h2>Équipe</h2>
      <SimpleTable
        columns={['E-mail', 'Rôle', 'Statut', 'Dernière activité']}
        rows={account.members.items.map((member) => [
          member.email,
          ROLE_LABEL[member.role],
          member.status === 'ACTIVE' ? 'Active' : 'Invitée',
          formatDate(member.lastSeenAt),
        ])}
        empty="Personne."
        testId="members"
      />

      <h2>Expéditeurs</h2>
      <SimpleTable
        columns={['Nom', 'Statut', 'Demandé le', 'Motif du refus']}
        rows={account.senders.items.map((sender) => [
          sender.name,
          SENDER_STATUS[sender.status],
          formatDate(sender.createdAt),
          sender.refusalReason ?? '',
        ])}
        empty="Aucun expéditeur demandé."
        testId="senders"
      />

      <h2>Dernières campagnes</h2>
      <SimpleTable
        columns={['Créée le', 'Type', 'Statut', 'Expéditeur', 'Destinataires']}
        rows={account.campaigns.items.map((campaign) => [
          formatDate(campaign.createdAt),
          CAMPAIGN_TYPE[campaign.type],
          CAMPAIGN_STATUS[campaign.status],
          campaign.sender.name,
          formatNumber(campaign.recipientCount),
        ])}
        empty="Aucune campagne."
      />

      <h2>Consommation par mois</h2>
      <UsageTable
        label="Mois"
        rows={account.usage.map((month) => ({ key: month.month, label: month.month, counts: month }))}
      />

      <h2>Relevé</h2>
      <LedgerListing ledger={ledger} onPage={setLedgerPage} />
    </Page>
  );
}

function SimpleTable({
  columns,
  rows,
  empty,
  testId,
}: {
  columns: string[];
  rows: string[][];
  empty: string;
  testId?: string;
}) {
  if (!rows.length) return <p class="empty">{empty}</p>;
  return (
    <div class="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, column) => (
                <td key={columns[column]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A form that posts once and says so: the note of what it did, or the error in French. */
function useSubmit(onDone: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      setDone(await work());
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return { error, done, busy, submit };
}

/** A top-up or an adjustment: an amount and the note that explains it, applied once per submitted form. */
function MovementForm(props: {
  accountId: string;
  kind: 'top-up' | 'adjust';
  title: string;
  help: string;
  onDone: () => void;
}) {
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const { error, done, busy, submit } = useSubmit(props.onDone);
  const id = (field: string) => `${props.kind}-${field}`;
  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(async () => {
          const entry = await call<Transaction>(
            `/v1/operator/account/${props.accountId}/${props.kind}`,
            { amount: writtenAmount(amount), note },
            { idempotencyKey: key },
          );
          setKey(newIdempotencyKey());
          setAmount('');
          setNote('');
          return `${formatMoney(entry.amount)} enregistrés : solde ${formatMoney(entry.balanceAfter)}.`;
        });
      }}
    >
      <h3>{props.title}</h3>
      <p class="help">{props.help}</p>
      <label for={id('amount')}>Montant (F CFA)</label>
      <input
        id={id('amount')}
        inputMode="decimal"
        required
        value={amount}
        onInput={(event) => setAmount(event.currentTarget.value)}
      />
      <label for={id('note')}>Note (référence du paiement, raison)</label>
      <input id={id('note')} required value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      <button type="submit" class="primary" disabled={busy || !amount.trim() || !note.trim()}>
        {props.title}
      </button>
      {done && <p role="status">{done}</p>}
      <ErrorNote error={error} labels={{ amount: 'Montant', note: 'Note' }} />
    </form>
  );
}

/** The credit an account may run below zero, and what it may spend in a month (empty: no limit). */
function LimitsForm({ account, onDone }: { account: AccountFile; onDone: () => void }) {
  const [credit, setCredit] = useState(String(account.balance.creditLimit.amount));
  const [monthly, setMonthly] = useState(
    account.balance.monthlySpendLimit ? String(account.balance.monthlySpendLimit.amount) : '',
  );
  const { error, done, busy, submit } = useSubmit(onDone);
  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(async () => {
          await call(`/v1/operator/account/${account.id}/limits`, {
            creditLimit: writtenAmount(credit) || '0',
            monthlySpendLimit: writtenAmount(monthly) || null,
          });
          return 'Limites enregistrées.';
        });
      }}
    >
      <h3>Limites</h3>
      <label for="credit-limit">Crédit autorisé (sous zéro)</label>
      <input
        id="credit-limit"
        inputMode="decimal"
        value={credit}
        onInput={(event) => setCredit(event.currentTarget.value)}
      />
      <label for="monthly-limit">Dépenses par mois (vide : sans limite)</label>
      <input
        id="monthly-limit"
        inputMode="decimal"
        value={monthly}
        onInput={(event) => setMonthly(event.currentTarget.value)}
      />
      <button type="submit" disabled={busy}>
        Enregistrer les limites
      </button>
      {done && <p role="status">{done}</p>}
      <ErrorNote
        error={error}
        labels={{ creditLimit: 'Crédit autorisé', monthlySpendLimit: 'Dépenses par mois' }}
      />
    </form>
  );
}

function SuspendForm({ accountId, onDone }: { accountId: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit(onDone);
  return (
    <form
      class="stack narrow"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!confirm('Suspendre ce compte ? Ses envois s’arrêtent et ses clés sont refusées.')) return;
        void submit(async () => {
          await call(`/v1/operator/account/${accountId}/suspend`, { reason });
          return '';
        });
      }}
    >
      <label for="suspend-reason">Raison de la suspension (lue par le client)</label>
      <textarea
        id="suspend-reason"
        rows={2}
        required
        value={reason}
        onInput={(event) => setReason(event.currentTarget.value)}
        aria-describedby="suspend-help"
      />
      <p class="help" id="suspend-help">
        Toutes les requêtes du compte sont refusées (sauf la lecture de son profil), les envois prévus
        échouent sans être facturés, et les lots en cours s’arrêtent.
      </p>
      <button type="submit" class="danger" disabled={busy || reason.trim().length < 3}>
        Suspendre le compte
      </button>
      <ErrorNote error={error} labels={{ reason: 'Raison' }} />
    </form>
  );
}

function ResumeForm({ accountId, onDone }: { accountId: string; onDone: () => void }) {
  const [note, setNote] = useState('');
  const { error, busy, submit } = useSubmit(onDone);
  return (
    <form
      class="stack narrow"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(async () => {
          await call(`/v1/operator/account/${accountId}/resume`, note.trim() ? { note } : {});
          return '';
        });
      }}
    >
      <label for="resume-note">Note (facultative, gardée au journal)</label>
      <input id="resume-note" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      <button type="submit" class="primary" disabled={busy}>
        Réactiver le compte
      </button>
      <ErrorNote error={error} labels={{ note: 'Note' }} />
    </form>
  );
}

/** The prices that apply to the account (its own over the platform's), and one of its own to set. */
function AccountPrices({ account, onDone }: { account: AccountFile; onDone: () => void }) {
  return (
    <>
      <SimpleTable
        columns={['Pays', 'Prix par segment', 'Origine']}
        rows={account.prices.map((row) => [
          `${countryName(row.country)} (${row.country})`,
          formatMoney(row.price),
          row.source === 'account' ? 'Propre au compte' : 'Plateforme',
        ])}
        empty="Aucun tarif : le compte ne peut rien envoyer."
        testId="account-prices"
      />
      <CountryAmountForm
        title="Prix propre au compte"
        field="price"
        idPrefix="account-price"
        label="Prix par segment"
        help="Remplace le prix de la plateforme pour ce pays, pour ce compte seulement, dès son prochain envoi."
        send={(country, amount) =>
          call('/v1/operator/price/set', { accountId: account.id, country, price: amount })
        }
        onDone={onDone}
      />
    </>
  );
}
