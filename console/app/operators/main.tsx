import '../style.css';
import { render } from 'preact';
import { type ApiError, list } from '../api';
import { ErrorNote, SiteName, useLoad } from '../components';
import { SignInPage } from '../pages/sign-in';
import { useRoute } from '../router';
import { nameSession } from '../session';
import { useSignedIn } from '../signed-in';
import { AccountPage } from './pages/account';
import { AccountsPage } from './pages/accounts';
import { OverviewPage } from './pages/overview';
import { PricesPage } from './pages/prices';
import { QueuesPage } from './pages/queues';
import { SenderQueuePage } from './pages/senders';
import type { AccountRow } from './types';

nameSession('sms-operateurs');

const SITE = 'Back-office SMS';

const SECTIONS = [
  ['vue-ensemble', 'Vue d’ensemble'],
  ['comptes', 'Comptes'],
  ['expediteurs', 'Expéditeurs à valider'],
  ['tarifs', 'Tarifs'],
  ['files', 'Files en échec'],
] as const;

function Content({ path }: { path: string[] }) {
  const [section, id] = path;
  switch (section) {
    case 'comptes':
      return id ? <AccountPage id={id} key={id} /> : <AccountsPage />;
    case 'expediteurs':
      return <SenderQueuePage />;
    case 'tarifs':
      return <PricesPage />;
    case 'files':
      return <QueuesPage />;
    default:
      return <OverviewPage />;
  }
}

/** Why a signed-in person is not let in: not an operator, or an operator without TOTP. */
function Refused({ error, onLeave }: { error: unknown; onLeave: () => void }) {
  const code = (error as ApiError).code;
  return (
    <main class="sign-in" id="contenu">
      <h1>{SITE}</h1>
      {code === 'forbidden' ? (
        <p class="error" role="alert">
          Le back-office est réservé aux opérateurs de la plateforme. Votre compte client se gère depuis la{' '}
          <a href="/">console</a>.
        </p>
      ) : (
        <ErrorNote error={error} />
      )}
      <button type="button" onClick={onLeave}>
        Se déconnecter
      </button>
    </main>
  );
}

function App() {
  const { signedIn, ended, signedInNow, leave } = useSignedIn();
  const path = useRoute();
  // The cheapest operators' route: it says at once whether this person may be here.
  const access = useLoad(
    async () => (signedIn ? list<AccountRow>('/v1/operator/account/list', { count: 1 }) : null),
    [signedIn],
  );
  if (!signedIn) {
    return (
      <SignInPage
        title={SITE}
        intro="Pour l’équipe de la plateforme : comptes, expéditeurs, tarifs et santé des envois. Code TOTP exigé."
        ended={ended}
        onSignedIn={signedInNow}
      />
    );
  }
  if (access.error) return <Refused error={access.error} onLeave={leave} />;
  if (!access.data) {
    return (
      <main class="sign-in" id="contenu">
        <p class="loading">Chargement du back-office…</p>
      </main>
    );
  }
  const section = path[0] ?? 'vue-ensemble';
  return (
    <SiteName.Provider value={SITE}>
      <a class="skip" href="#contenu">
        Aller au contenu
      </a>
      <header class="top operators">
        <a class="brand" href="#/vue-ensemble">
          {SITE}
        </a>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([slug, label]) => (
              <li key={slug}>
                <a href={`#/${slug}`} aria-current={section === slug ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" class="sign-out" onClick={leave}>
          Se déconnecter
        </button>
      </header>
      <main id="contenu" tabIndex={-1}>
        <Content path={path} />
      </main>
    </SiteName.Provider>
  );
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
