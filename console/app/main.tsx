import './style.css';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { call } from './api';
import { ErrorNote, useLoad } from './components';
import { formatMoney } from './french';
import { MeContext, ROLE_LABEL, roleAllows } from './me';
import { AuditPage } from './pages/audit';
import { BalancePage } from './pages/balance';
import { CampaignPage } from './pages/campaign';
import { CampaignsPage } from './pages/campaigns';
import { ContactsPage } from './pages/contacts';
import { GroupPage, GroupsPage } from './pages/groups';
import { ImportPage } from './pages/import';
import { KeysPage } from './pages/keys';
import { NewCampaignPage } from './pages/new-campaign';
import { OptOutsPage } from './pages/opt-outs';
import { SecurityPage } from './pages/security';
import { SegmentsPage } from './pages/segments';
import { SendersPage } from './pages/senders';
import { SignInPage } from './pages/sign-in';
import { TeamPage } from './pages/team';
import { WebhookPage, WebhooksPage } from './pages/webhooks';
import { go, useRoute } from './router';
import { chooseAccount, chosenAccount } from './session';
import { useSignedIn } from './signed-in';
import type { Balance, Me, Role } from './types';

/** The sections, each shown to the roles that may use it (the API refuses the others anyway). */
const SECTIONS: readonly (readonly [slug: string, label: string, role: Role])[] = [
  ['campagnes', 'Campagnes', 'viewer'],
  ['contacts', 'Contacts', 'viewer'],
  ['groupes', 'Groupes', 'viewer'],
  ['segments', 'Segments', 'viewer'],
  ['desinscrits', 'Désinscrits', 'viewer'],
  ['expediteurs', 'Expéditeurs', 'viewer'],
  ['webhooks', 'Webhooks', 'admin'],
  ['equipe', 'Équipe', 'viewer'],
  ['cles', 'Clés API', 'admin'],
  ['journal', 'Journal', 'viewer'],
];

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
    case 'segments':
      return <SegmentsPage />;
    case 'desinscrits':
      return <OptOutsPage />;
    case 'expediteurs':
      return <SendersPage />;
    case 'webhooks':
      return id ? <WebhookPage id={id} key={id} /> : <WebhooksPage />;
    case 'solde':
      return <BalancePage />;
    case 'equipe':
      return <TeamPage />;
    case 'cles':
      return <KeysPage />;
    case 'journal':
      return <AuditPage />;
    case 'securite':
      return <SecurityPage />;
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

/** The accounts the person may act in: the one chosen is sent with every request (`x-account-id`). */
function AccountSwitcher({ me, onSwitch }: { me: Me; onSwitch: () => void }) {
  if (me.accounts.length < 2) return <span class="account">{me.accounts[0]?.name}</span>;
  return (
    <select
      class="account"
      aria-label="Compte"
      value={me.accountId}
      onChange={(event) => {
        chooseAccount(event.currentTarget.value);
        go('/');
        onSwitch();
      }}
    >
      {me.accounts.map((account) => (
        <option key={account.id} value={account.id}>
          {account.name} ({ROLE_LABEL[account.role]})
        </option>
      ))}
    </select>
  );
}

function App() {
  const { signedIn, ended, signedInNow, leave } = useSignedIn();
  const [switches, setSwitches] = useState(0);
  const path = useRoute();
  const me = useLoad(async () => {
    if (!signedIn) return null;
    const found = await call<Me>('/v1/me');
    // Every later request names this account, so someone in several acts where they chose.
    if (!chosenAccount()) chooseAccount(found.accountId);
    return found;
  }, [signedIn, switches]);
  if (!signedIn) {
    return <SignInPage ended={ended} onSignedIn={signedInNow} />;
  }
  if (!me.data) {
    return (
      <main class="sign-in" id="contenu">
        {me.error ? (
          <>
            <ErrorNote error={me.error} />
            <button type="button" onClick={leave}>
              Se déconnecter
            </button>
          </>
        ) : (
          <p class="loading">Chargement de la console…</p>
        )}
      </main>
    );
  }
  const who = me.data;
  const section = path[0] ?? 'campagnes';
  return (
    <MeContext.Provider value={who}>
      <a class="skip" href="#contenu">
        Aller au contenu
      </a>
      <header class="top">
        <a class="brand" href="#/campagnes">
          Console SMS
        </a>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.filter(([, , role]) => roleAllows(who.role, role)).map(([slug, label]) => (
              <li key={slug}>
                <a href={`#/${slug}`} aria-current={section === slug ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <BalanceLink path={path} />
        <AccountSwitcher me={who} onSwitch={() => setSwitches(switches + 1)} />
        <a class="who" href="#/securite" aria-current={section === 'securite' ? 'page' : undefined}>
          {who.actor.label} · {ROLE_LABEL[who.role]}
        </a>
        <button type="button" class="sign-out" onClick={leave}>
          Se déconnecter
        </button>
      </header>
      <main id="contenu" tabIndex={-1} key={who.accountId}>
        <Content path={path} />
      </main>
    </MeContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
