import './style.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { call, whenKeyRefused } from './api';
import { useLoad } from './components';
import { formatMoney } from './french';
import { BalancePage } from './pages/balance';
import { CampaignPage } from './pages/campaign';
import { CampaignsPage } from './pages/campaigns';
import { ContactsPage } from './pages/contacts';
import { GroupPage, GroupsPage } from './pages/groups';
import { ImportPage } from './pages/import';
import { NewCampaignPage } from './pages/new-campaign';
import { OptOutsPage } from './pages/opt-outs';
import { SendersPage } from './pages/senders';
import { SignInPage } from './pages/sign-in';
import { WebhookPage, WebhooksPage } from './pages/webhooks';
import { go, useRoute } from './router';
import { signedInKey, signOut } from './session';
import type { Balance } from './types';

const SECTIONS = [
  ['campagnes', 'Campagnes'],
  ['contacts', 'Contacts'],
  ['groupes', 'Groupes'],
  ['desinscrits', 'Désinscrits'],
  ['expediteurs', 'Expéditeurs'],
  ['webhooks', 'Webhooks'],
] as const;

function Content({ path }: { path: string[] }) {
  const [section, id] = path;
  switch (section) {
    case 'campagnes':
      if (id === 'nouvelle') return <NewCampaignPage />;
      return id ? <CampaignPage id={id} /> : <CampaignsPage />;
    case 'contacts':
      return id === 'importer' ? <ImportPage /> : <ContactsPage />;
    case 'groupes':
      return id ? <GroupPage id={id} /> : <GroupsPage />;
    case 'desinscrits':
      return <OptOutsPage />;
    case 'expediteurs':
      return <SendersPage />;
    case 'webhooks':
      return id ? <WebhookPage id={id} key={id} /> : <WebhooksPage />;
    case 'solde':
      return <BalancePage />;
    default:
      return <CampaignsPage />;
  }
}

/** What the account may spend, in the header, read again on every page change (a send moves it). */
function BalanceLink({ path }: { path: string[] }) {
  const balance = useLoad(() => call<Balance>('/v1/account/balance'), [path.join('/')]);
  return (
    <a
      class="balance"
      href="#/solde"
      aria-current={path[0] === 'solde' ? 'page' : undefined}
      data-testid="header-balance"
    >
      Solde <strong>{balance.data ? formatMoney(balance.data.available) : balance.error ? '—' : '…'}</strong>
    </a>
  );
}

function App() {
  const [signedIn, setSignedIn] = useState(() => signedInKey() !== null);
  const [refused, setRefused] = useState(false);
  const path = useRoute();
  useEffect(
    () =>
      whenKeyRefused(() => {
        setRefused(true);
        setSignedIn(false);
      }),
    [],
  );
  if (!signedIn) {
    return (
      <SignInPage
        refused={refused}
        onSignedIn={() => {
          setRefused(false);
          setSignedIn(true);
        }}
      />
    );
  }
  const section = path[0] ?? 'campagnes';
  return (
    <>
      <a class="skip" href="#contenu">
        Aller au contenu
      </a>
      <header class="top">
        <a class="brand" href="#/campagnes">
          Console SMS
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
        <BalanceLink path={path} />
        <button
          type="button"
          class="sign-out"
          onClick={() => {
            signOut();
            setSignedIn(false);
            go('/');
          }}
        >
          Se déconnecter
        </button>
      </header>
      <main id="contenu" tabIndex={-1}>
        <Content path={path} />
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
