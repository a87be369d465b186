import { useState } from 'preact/hooks';
import { call } from '../../api';
import { ErrorNote, Loading, Page, useLoad } from '../../components';
import { countryName, formatMoney, writtenAmount } from '../../french';
import type { OperatorPrice } from '../types';

/** The platform's price per segment to each country, beside what the provider charges us and the margin. */
export function PricesPage() {
  const [accountId, setAccountId] = useState('');
  const [shown, setShown] = useState('');
  const prices = useLoad(
    () => call<OperatorPrice[]>('/v1/operator/price/list', shown ? { accountId: shown } : {}),
    [shown],
  );
  return (
    <Page title="Tarifs">
      <p class="help">
        Prix d’un segment facturé aux comptes (sauf prix propre à un compte, fixé sur sa page), coût du
        fournisseur et marge par segment.
      </p>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setShown(accountId.trim());
        }}
      >
        <div>
          <label for="prices-account">
            Tarifs appliqués à un compte (identifiant ; vide : la plateforme)
          </label>
          <input
            id="prices-account"
            value={accountId}
            onInput={(event) => setAccountId(event.currentTarget.value)}
          />
        </div>
        <button type="submit">Afficher</button>
      </form>
      <ErrorNote error={prices.error} labels={{ accountId: 'Compte' }} />
      {prices.loading && !prices.data && <Loading />}
      {prices.data && (
        <div class="table-wrap">
          <table data-testid="prices">
            <thead>
              <tr>
                <th scope="col">Pays</th>
                <th scope="col">Prix par segment</th>
                <th scope="col">Origine</th>
                <th scope="col">Coût du fournisseur</th>
                <th scope="col">Marge</th>
              </tr>
            </thead>
            <tbody>
              {prices.data.map((row) => (
                <tr key={row.country}>
                  <td>
                    {countryName(row.country)} ({row.country})
                  </td>
                  <td class="amount">{row.price ? formatMoney(row.price) : 'non vendu'}</td>
                  <td>{row.source === 'account' ? 'Propre au compte' : row.source ? 'Plateforme' : '—'}</td>
                  <td class="amount">{row.providerCost ? formatMoney(row.providerCost) : 'non noté'}</td>
                  <td class={row.margin && row.margin.amount < 0 ? 'amount negative' : 'amount'}>
                    {row.margin ? formatMoney(row.margin) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Fixer un prix ou un coût</h2>
      <div class="columns">
        <CountryAmountForm
          title="Prix de la plateforme"
          field="price"
          label="Prix par segment"
          help="S’applique à tous les comptes sans prix propre pour ce pays, dès le prochain envoi."
          send={(country, amount) => call('/v1/operator/price/set', { country, price: amount })}
          onDone={() => void prices.reload()}
        />
        <CountryAmountForm
          title="Coût du fournisseur"
          field="cost"
          label="Coût par segment (vide : l’oublier)"
          help="Ce que le fournisseur nous facture par segment : il sert aux marges de la vue d’ensemble."
          send={(country, amount) =>
            call('/v1/operator/price/provider-cost', { country, cost: amount === '' ? null : amount })
          }
          onDone={() => void prices.reload()}
          optional
        />
      </div>
    </Page>
  );
}

/** A country and an amount for it (a price, a cost), sent by `send`. */
export function CountryAmountForm(props: {
  title: string;
  /** The API's name for the amount (its errors name it). */
  field: string;
  idPrefix?: string;
  label: string;
  help: string;
  send: (country: string, amount: string) => Promise<unknown>;
  onDone: () => void;
  optional?: boolean;
}) {
  const [country, setCountry] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const id = (name: string) => `${props.idPrefix ?? props.field}-${name}`;
  return (
    <form
      class="stack"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        setDone('');
        const code = country.trim().toUpperCase();
        try {
          await props.send(code, writtenAmount(amount));
          setDone(`${props.title} enregistré pour ${countryName(code)}.`);
          props.onDone();
        } catch (failure) {
          setError(failure);
        }
      }}
    >
      <h3>{props.title}</h3>
      <p class="help">{props.help}</p>
      <label for={id('country')}>Pays (code, ex. SN)</label>
      <input
        id={id('country')}
        maxLength={2}
        value={country}
        onInput={(event) => setCountry(event.currentTarget.value)}
      />
      <label for={id('amount')}>{props.label}</label>
      <input
        id={id('amount')}
        inputMode="decimal"
        value={amount}
        onInput={(event) => setAmount(event.currentTarget.value)}
      />
      <button type="submit" disabled={!country.trim() || (!props.optional && !amount.trim())}>
        Enregistrer
      </button>
      {done && <p role="status">{done}</p>}
      <ErrorNote error={error} labels={{ country: 'Pays', [props.field]: props.label }} />
    </form>
  );
}
