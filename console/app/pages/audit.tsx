import { useState } from 'preact/hooks';
import { list } from '../api';
import { Listing, Page, useLoad } from '../components';
import { formatDate } from '../french';
import type { AuditEntry } from '../types';

/** What the log's actions mean, in French (an action not listed is shown as it is). */
const ACTIONS: Record<string, string> = {
  'campaign.create': 'Campagne créée',
  'campaign.cancel': 'Campagne annulée',
  'key.create': 'Clé API créée',
  'key.revoke': 'Clé API révoquée',
  'member.invite': 'Personne invitée',
  'member.update': 'Rôle changé',
  'member.remove': 'Personne retirée',
  'webhook.create': 'Webhook ajouté',
  'webhook.delete': 'Webhook supprimé',
  'webhook.enable': 'Webhook réactivé',
  'webhook.rotate_secret': 'Secret de webhook renouvelé',
  'sender.create': 'Expéditeur demandé',
  'contact.create': 'Contact ajouté',
  'group.create': 'Groupe créé',
  'group.add': 'Contacts ajoutés à un groupe',
  'group.remove': 'Contacts retirés d’un groupe',
  'opt_out.add': 'Numéros désinscrits',
  'opt_out.remove': 'Numéros réinscrits',
  'account.settings': 'Réglages du solde',
  'account.top_up': 'Solde rechargé',
  'account.adjust': 'Solde ajusté',
  'account.limits': 'Limites changées',
};

const ACTOR_TYPE: Record<AuditEntry['actor']['type'], string> = {
  user: 'Personne',
  key: 'Clé API',
  operator: 'Opérateur',
};

/** Who changed what in the account, newest first, filtered by action and by who did it (a click on them). */
export function AuditPage() {
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const [actor, setActor] = useState<AuditEntry['actor'] | null>(null);
  const entries = useLoad(
    () =>
      list<AuditEntry>('/v1/audit/list', {
        page,
        count: 20,
        ...(action ? { action } : {}),
        ...(actor ? { actorId: actor.id } : {}),
      }),
    [page, action, actor?.id],
  );
  return (
    <Page title="Journal">
      <p class="help">
        Chaque modification du compte, par la console, l’API ou nos opérateurs, gardée un an. Aucun secret n’y
        figure.
      </p>
      <label for="audit-action">Action</label>
      <select
        id="audit-action"
        value={action}
        onChange={(event) => {
          setAction(event.currentTarget.value);
          setPage(1);
        }}
      >
        <option value="">Toutes</option>
        {Object.entries(ACTIONS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {actor && (
        <p role="status">
          Seulement ce qu’a fait {actor.label}.{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              setActor(null);
              setPage(1);
            }}
          >
            Tous les auteurs
          </button>
        </p>
      )}
      <Listing
        listed={entries}
        columns={['Quand', 'Qui', 'Action', 'Objet']}
        testId="audit"
        row={(entry) => (
          <tr key={entry.id}>
            <td>{formatDate(entry.at)}</td>
            <td>
              <button
                type="button"
                class="link"
                title="Voir seulement ses actions"
                onClick={() => {
                  setActor(entry.actor);
                  setPage(1);
                }}
              >
                {entry.actor.label}
              </button>{' '}
              <span class="muted">({ACTOR_TYPE[entry.actor.type]})</span>
            </td>
            <td>{ACTIONS[entry.action] ?? entry.action}</td>
            <td>
              {entry.target.type} <code>{entry.target.id}</code>
            </td>
          </tr>
        )}
        empty="Rien au journal pour l’instant."
        onPage={setPage}
      />
    </Page>
  );
}
