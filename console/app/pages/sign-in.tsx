import { useState } from 'preact/hooks';
import {
  answerChallenge,
  confirmForgotPassword,
  forgotPassword,
  meetsPasswordPolicy,
  PoolError,
  type SignInStep,
  signInWithPassword,
  type Tokens,
} from '../cognito';
import { pool, startSession } from '../session';

/** The user pool's refusals, in French. */
const POOL_ERRORS: Record<string, string> = {
  NotAuthorizedException: 'E-mail ou mot de passe incorrect.',
  UserNotFoundException: 'E-mail ou mot de passe incorrect.',
  InvalidPasswordException:
    'Ce mot de passe ne convient pas : 12 caractères au moins, avec une majuscule, une minuscule, un chiffre et un symbole.',
  CodeMismatchException: 'Ce code n’est pas le bon : vérifiez-le et réessayez.',
  ExpiredCodeException: 'Ce code a expiré : demandez-en un nouveau.',
  EnableSoftwareTokenMFAException:
    'Ce code n’est pas le bon : vérifiez l’heure de votre téléphone et réessayez.',
  LimitExceededException: 'Trop d’essais : patientez quelques minutes.',
  TooManyRequestsException: 'Trop d’essais : patientez quelques minutes.',
  PasswordResetRequiredException: 'Choisissez un nouveau mot de passe : « Mot de passe oublié ? ».',
  network: 'Le service de connexion ne répond pas : vérifiez votre connexion, puis réessayez.',
};

export const poolMessage = (error: unknown): string =>
  error instanceof PoolError
    ? (POOL_ERRORS[error.type] ?? 'La connexion a échoué : réessayez.')
    : 'La connexion a échoué : réessayez.';

function EmailField({ value, onInput }: { value: string; onInput: (value: string) => void }) {
  return (
    <>
      <label for="email">E-mail</label>
      <input
        id="email"
        type="email"
        autocomplete="username"
        required
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </>
  );
}

/** A one-time code: the TOTP app's six digits, or the one an e-mail brought. */
export function CodeField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        inputMode="numeric"
        autocomplete="one-time-code"
        required
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </>
  );
}

type Stage =
  | { name: 'password' }
  | { name: 'challenge'; step: Extract<SignInStep, { challenge: string }> }
  | { name: 'forgot' }
  | { name: 'reset'; email: string };

const PASSWORD_RULE = '12 caractères au moins, avec une majuscule, une minuscule, un chiffre et un symbole.';

/** Sign-in by e-mail and password, with the steps the user pool may ask for: a first password, a TOTP code. */
export function SignInPage({
  ended,
  onSignedIn,
  title = 'Console SMS',
  intro = 'Envoyez vos campagnes SMS, suivez leur remise, gérez vos contacts.',
}: {
  ended: boolean;
  onSignedIn: () => void;
  title?: string;
  intro?: string;
}) {
  const [stage, setStage] = useState<Stage>({ name: 'password' });
  const [email, setEmail] = useState('');
  const [secret, setSecret] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (failure) {
      // At sign-in, the twin answers a wrong password as an invalid one, where Cognito says "not authorized".
      const wrongPassword =
        stage.name === 'password' &&
        failure instanceof PoolError &&
        failure.type === 'InvalidPasswordException';
      setError(wrongPassword ? (POOL_ERRORS.NotAuthorizedException as string) : poolMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const follow = (step: SignInStep) => {
    setSecret('');
    setCode('');
    if ('done' in step) {
      startSession(step.done as Tokens);
      onSignedIn();
    } else {
      setStage({ name: 'challenge', step });
    }
  };

  const passwordField = (id: string, label: string, autocomplete: string, help?: string) => (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        autocomplete={autocomplete}
        required
        value={secret}
        onInput={(event) => setSecret(event.currentTarget.value)}
        {...(help ? { 'aria-describedby': `${id}-help` } : {})}
      />
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </>
  );

  let form: preact.JSX.Element;
  if (stage.name === 'password') {
    form = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(async () => follow(await signInWithPassword(pool(), email.trim(), secret)));
        }}
      >
        <EmailField value={email} onInput={setEmail} />
        {passwordField('password', 'Mot de passe', 'current-password')}
        <button type="submit" class="primary" disabled={busy || !email.trim() || !secret}>
          {busy ? 'Connexion…' : 'Se connecter'}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => {
            setError('');
            setStage({ name: 'forgot' });
          }}
        >
          Mot de passe oublié ?
        </button>
      </form>
    );
  } else if (stage.name === 'challenge' && stage.step.challenge === 'NEW_PASSWORD_REQUIRED') {
    const { step } = stage;
    form = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!meetsPasswordPolicy(secret)) return setError(POOL_ERRORS.InvalidPasswordException as string);
          void attempt(async () => follow(await answerChallenge(pool(), step, secret)));
        }}
      >
        <h2>Choisissez votre mot de passe</h2>
        <p>C’est votre première connexion : remplacez le mot de passe temporaire reçu par e-mail.</p>
        {passwordField('new-password', 'Nouveau mot de passe', 'new-password', PASSWORD_RULE)}
        <button type="submit" class="primary" disabled={busy || !secret}>
          {busy ? 'Enregistrement…' : 'Enregistrer et se connecter'}
        </button>
      </form>
    );
  } else if (stage.name === 'challenge') {
    const { step } = stage;
    form = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(async () => follow(await answerChallenge(pool(), step, code.trim())));
        }}
      >
        <CodeField
          id="totp"
          label="Code de votre application d’authentification"
          value={code}
          onInput={setCode}
        />
        <button type="submit" class="primary" disabled={busy || !code.trim()}>
          Valider
        </button>
      </form>
    );
  } else if (stage.name === 'forgot') {
    form = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(async () => {
            await forgotPassword(pool(), email.trim());
            setNote('Si cette adresse a un compte, un code vient de lui être envoyé par e-mail.');
            setStage({ name: 'reset', email: email.trim() });
          });
        }}
      >
        <h2>Mot de passe oublié</h2>
        <EmailField value={email} onInput={setEmail} />
        <button type="submit" class="primary" disabled={busy || !email.trim()}>
          Recevoir un code
        </button>
        <button type="button" class="link" onClick={() => setStage({ name: 'password' })}>
          Retour à la connexion
        </button>
      </form>
    );
  } else {
    const { email: resetEmail } = stage;
    form = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!meetsPasswordPolicy(secret)) return setError(POOL_ERRORS.InvalidPasswordException as string);
          void attempt(async () => {
            await confirmForgotPassword(pool(), resetEmail, code.trim(), secret);
            setNote('Mot de passe changé : connectez-vous avec le nouveau.');
            setSecret('');
            setCode('');
            setStage({ name: 'password' });
          });
        }}
      >
        <h2>Nouveau mot de passe</h2>
        <CodeField id="reset-code" label="Code reçu par e-mail" value={code} onInput={setCode} />
        {passwordField('new-password', 'Nouveau mot de passe', 'new-password', PASSWORD_RULE)}
        <button type="submit" class="primary" disabled={busy || !code.trim() || !secret}>
          Changer le mot de passe
        </button>
      </form>
    );
  }

  return (
    <main class="sign-in" id="contenu">
      <h1>{title}</h1>
      <p>{intro}</p>
      {ended && (
        <p class="error" role="alert">
          Votre session a pris fin : reconnectez-vous.
        </p>
      )}
      {note && <p role="status">{note}</p>}
      {form}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
