import { useState } from 'preact/hooks';
import { call, type Listed, list } from '../api';
import { ErrorNote, Listing, Loading, Page, useLoad } from '../components';
import { countryName, ENTRY_TYPE, formatDate, formatMoney, formatNumber } from '../french';
import type { Balance, Price, Transaction } from '../types';

const TYPES = Object.keys(ENTRY_TYPE) as Transaction['type'][];

/** The account's money: what it holds and may spend, its prices, and every movement (the ledger). */
export function BalancePage() {
  const balance = useLoad(() => call<Balance>('/v1/account/balance'), []);
  const prices = useLoad(() => call<Price[]>('/v1/account/prices'), []);
  const [page, setPage] = useState(1);
  const [type, setType] = useState<Transaction['type'] | ''>('');
  const ledger = useLoad(
    () => list<Transaction>('/v1/account/transactions', { page, count: 20, ...(type ? { type } : {}) }),
    [page, type],
  );
  return (
    <Page title="Solde et transactions">
      <ErrorNote error={balance.error} />
      {balance.loading && !balance.data && <Loading />}
      {balance.data && <Figures balance={balance.data} onChanged={() => void balance.reload()} />}

      <h2>Transactions</h2>
      <div class="field narrow">
        <label for="ledger-type">Type de transaction</label>
        <select
          id="ledger-type"
          value={type}
          onChange={(event) => {
            setType(event.currentTarget.value as Transaction['type'] | '');
            setPage(1);
          }}
        >
          <option value="">Toutes</option>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {ENTRY_TYPE[value]}
            </option>
          ))}
        </select>
      </div>
      <LedgerListing ledger={ledger} onPage={setPage} linkCampaigns />

      <h2>Vos tarifs</h2>
      <p class="help">
        Prix d’un segment (un SMS de 160 caractères GSM, ou 70 en UCS-2) selon le pays du numéro.
      </p>
      <ErrorNote error={prices.error} />
      {prices.data && prices.data.length === 0 && (
        <p class="empty">Aucun tarif : contactez le support avant d’envoyer.</p>
      )}
      {prices.data && prices.data.length > 0 && (
        <div class="table-wrap">
          <table class="prices">
            <thead>
              <tr>
                <th scope="col">Pays</th>
                <th scope="col">Prix par segment</th>
              </tr>
            </thead>
            <tbody>
              {prices.data.map((price) => (
                <tr key={price.country}>
                  <td>
                    {countryName(price.country)} ({price.country})
                  </td>
                  <td class="amount">{formatMoney(price.price)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

/** The ledger's movements, newest first; a charge names its campaign (a link where the campaign can be opened). */
export function LedgerListing({
  ledger,
  onPage,
  linkCampaigns = false,
}: {
  ledger: { data?: Listed<Transaction>; error?: unknown; loading: boolean };
  onPage: (page: number) => void;
  linkCampaigns?: boolean;
}) {
  return (
    <Listing
      listed={ledger}
      columns={['Date', 'Type', 'Montant', 'Solde après', 'Détail']}
      tableClass="ledger"
      row={(entry) => {
        const campaign = entry.campaignId && (
          <>
            Campagne
            {entry.segments !== undefined && ` · ${formatNumber(entry.segments)} segments`}
          </>
        );
        return (
          <tr key={entry.id}>
            <td>{formatDate(entry.createdAt)}</td>
            <td>{ENTRY_TYPE[entry.type]}</td>
            <td class={entry.amount.amount < 0 ? 'amount negative' : 'amount'}>
              {formatMoney(entry.amount)}
            </td>
            <td class="amount">{formatMoney(entry.balanceAfter)}</td>
            <td>
              {campaign && linkCampaigns ? (
                <a href={`#/campagnes/${entry.campaignId}`}>{campaign}</a>
              ) : (
                campaign
              )}
              {entry.note}
            </td>
          </tr>
        );
      }}
      empty="Aucune transaction."
      onPage={onPage}
    />
  );
}

function Figures({ balance, onChanged }: { balance: Balance; onChanged: () => void }) {
  return (
    <>
      <dl class="facts money" data-testid="balance-figures">
        <div>
          <dt>Disponible</dt>
          <dd data-figure="available">
            <strong>{formatMoney(balance.available)}</strong>
          </dd>
        </div>
        <div>
          <dt>Solde</dt>
          <dd data-figure="balance">{formatMoney(balance.balance)}</dd>
        </div>
        <div>
          <dt>Réservé pour les envois en cours</dt>
          <dd data-figure="reserved">{formatMoney(balance.reserved)}</dd>
        </div>
        {balance.creditLimit.amount > 0 && (
          <div>
            <dt>Crédit autorisé</dt>
            <dd>{formatMoney(balance.creditLimit)}</dd>
          </div>
        )}
        <div>
          <dt>Dépensé ce mois-ci</dt>
          <dd data-figure="spent">
            {formatMoney(balance.spentThisMonth)}
            {balance.monthlySpendLimit && ` sur ${formatMoney(balance.monthlySpendLimit)} autorisés`}
          </dd>
        </div>
      </dl>
      <p class="help">
        Disponible = solde − réservé{balance.creditLimit.amount > 0 ? ' + crédit autorisé' : ''}. Le coût d’un
        envoi est réservé quand il part, débité pour chaque message remis à l’opérateur, et le reste est rendu
        à la fin. Pour recharger, contactez votre conseiller.
      </p>
      <ThresholdForm balance={balance} onChanged={onChanged} />
    </>
  );
}

/** The low-balance threshold: below it, the `account.balance_low` event is sent to your webhooks. */
function ThresholdForm({ balance, onChanged }: { balance: Balance; onChanged: () => void }) {
  const [value, setValue] = useState(
    balance.lowBalanceThreshold ? String(balance.lowBalanceThreshold.amount) : '',
  );
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const save = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setDone('');
    try {
      const written = value.trim().replace(',', '.');
      await call('/v1/account/settings', { lowBalanceThreshold: written === '' ? null : written });
      setDone(written === '' ? 'Alerte de solde bas retirée.' : 'Seuil enregistré.');
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form class="stack narrow" onSubmit={save} noValidate>
      <label for="low-balance">Alerte de solde bas (montant disponible)</label>
      <div class="inline">
        <input
          id="low-balance"
          inputMode="decimal"
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
          aria-describedby="low-balance-help"
        />
        <button type="submit">Enregistrer</button>
      </div>
      <p class="help" id="low-balance-help">
        Sous ce montant, vos webhooks reçoivent l’événement « Solde bas », une fois à chaque passage. Laissez
        vide pour ne pas être alerté.
      </p>
      {done && <p role="status">{done}</p>}
      <ErrorNote error={error} labels={{ lowBalanceThreshold: 'Seuil' }} />
    </form>
  );
}
