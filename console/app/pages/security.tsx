import { useState } from 'preact/hooks';
import { confirmTotp, startTotp } from '../cognito';
import { CopyButton, Page } from '../components';
import { useMe } from '../me';
import { accessToken, pool } from '../session';
import { CodeField, poolMessage } from './sign-in';

/** The signed-in person's own sign-in: a second factor (TOTP) from an authenticator app. */
export function SecurityPage() {
  const me = useMe();
  const [secret, setSecret] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const uri = secret
    ? `otpauth://totp/${encodeURIComponent(`Console SMS:${me?.actor.label ?? ''}`)}?secret=${secret}&issuer=${encodeURIComponent('Console SMS')}`
    : '';
  const attempt = async (work: (token: string) => Promise<void>) => {
    setError('');
    try {
      await work((await accessToken()) ?? '');
    } catch (failure) {
      setError(poolMessage(failure));
    }
  };
  return (
    <Page title="Sécurité">
      <h2>Double authentification (TOTP)</h2>
      {done ? (
        <p role="status">Activée : un code de votre application vous sera demandé à chaque connexion.</p>
      ) : secret ? (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void attempt(async (token) => {
              await confirmTotp(pool(), token, code.trim());
              setDone(true);
            });
          }}
        >
          <p>Ajoutez ce compte dans votre application (Google Authenticator, Microsoft Authenticator…) :</p>
          <p>
            Clé : <code data-testid="totp-secret">{secret}</code>{' '}
            <CopyButton text={secret} label="Copier la clé" />
          </p>
          <p class="help">
            Ou ce lien, depuis le téléphone : <code>{uri}</code>
          </p>
          <CodeField
            id="totp-code"
            label="Code à 6 chiffres affiché par l’application"
            value={code}
            onInput={setCode}
          />
          <button type="submit" class="primary" disabled={!code.trim()}>
            Activer
          </button>
        </form>
      ) : (
        <>
          <p>
            Protégez votre connexion par un code à 6 chiffres donné par une application de votre téléphone.
          </p>
          <button
            type="button"
            class="primary"
            onClick={() => void attempt(async (token) => setSecret(await startTotp(pool(), token)))}
          >
            Activer la double authentification
          </button>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </Page>
  );
}
