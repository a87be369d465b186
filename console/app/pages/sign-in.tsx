import { useState } from 'preact/hooks';
import { call } from '../api';
import { ErrorNote } from '../components';
import { signIn } from '../session';

/** The key is checked with a harmless read before it is kept (in this tab only). */
export function SignInPage({ refused, onSignedIn }: { refused: boolean; onSignedIn: () => void }) {
  const [apiKey, setApiKey] = useState('');
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const keyField = {
    id: 'api-key',
    autocomplete: 'off',
    spellcheck: false,
    required: true,
    value: apiKey,
    onInput: (event: { currentTarget: HTMLInputElement }) => setApiKey(event.currentTarget.value),
    'aria-describedby': 'api-key-help',
  };
  return (
    <main class="sign-in" id="contenu">
      <h1>Console SMS</h1>
      <p>Envoyez vos campagnes SMS, suivez leur remise, gérez vos contacts.</p>
      {refused && (
        <p class="error" role="alert">
          Votre clé API n’est plus acceptée : reconnectez-vous.
        </p>
      )}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          try {
            await call('/v1/sender/list', { count: 1 }, { apiKey: apiKey.trim() });
            signIn(apiKey.trim());
            onSignedIn();
          } catch (failure) {
            setError(failure);
          } finally {
            setBusy(false);
          }
        }}
      >
        <label for="api-key">Clé API</label>
        <div class="inline">
          {shown ? <input type="text" {...keyField} /> : <input type="password" {...keyField} />}
          <button type="button" onClick={() => setShown(!shown)} aria-pressed={shown}>
            {shown ? 'Masquer' : 'Afficher'}
          </button>
        </div>
        <p class="help" id="api-key-help">
          La clé reste dans cet onglet : elle est oubliée quand vous le fermez.
        </p>
        <ErrorNote error={error} />
        <button type="submit" class="primary" disabled={busy || !apiKey.trim()}>
          {busy ? 'Vérification…' : 'Se connecter'}
        </button>
      </form>
    </main>
  );
}
