import { useState } from 'preact/hooks';
import { call, list } from '../api';
import { Badge, ErrorNote, Listing, Page, useLoad } from '../components';
import { formatDate, plural } from '../french';
import type { Contact, Group, GroupChange } from '../types';

/** Digits (or `+`) search by phone; anything else by name. */
const searchOf = (query: string) => {
  const trimmed = query.trim();
  if (!trimmed) return {};
  return /^[+\d\s\-.()]+$/.test(trimmed) ? { phone: trimmed } : { search: trimmed };
};

export const civility = (sex: Contact['sex']) => (sex === 'F' ? 'Mme' : sex === 'M' ? 'M.' : '');

export function ContactsPage() {
  const [query, setQuery] = useState('');
  const [applied, setApplied] = useState('');
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<string[]>([]);
  const [groupId, setGroupId] = useState('');
  const [added, setAdded] = useState<GroupChange | null>(null);
  const [error, setError] = useState<unknown>(null);
  const groups = useLoad(() => list<Group>('/v1/group/list', { count: 100 }), []);
  const contacts = useLoad(
    () => list<Contact>('/v1/contact/list', { page, count: 20, ...searchOf(applied) }),
    [applied, page],
  );
  return (
    <Page
      title="Contacts"
      actions={
        <a class="button primary" href="#/contacts/importer">
          Importer un fichier CSV
        </a>
      }
    >
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(query);
          setPage(1);
        }}
      >
        <label for="contact-search">Rechercher (nom ou début du numéro)</label>
        <input
          id="contact-search"
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <button type="submit">Rechercher</button>
      </form>
      <Listing
        listed={contacts}
        columns={[{ hidden: 'Choisir' }, 'Numéro', 'Nom', 'Civilité', 'SMS', 'Ajouté le']}
        row={(contact) => (
          <tr key={contact.id}>
            <td>
              <input
                type="checkbox"
                aria-label={`Choisir ${contact.phone}`}
                checked={chosen.includes(contact.id)}
                onChange={(event) =>
                  setChosen(
                    event.currentTarget.checked
                      ? [...chosen, contact.id]
                      : chosen.filter((id) => id !== contact.id),
                  )
                }
              />
            </td>
            <td>{contact.phone}</td>
            <td>{contact.name || [contact.firstName, contact.lastName].filter(Boolean).join(' ')}</td>
            <td>{civility(contact.sex)}</td>
            <td>
              {contact.optedOut ? (
                <Badge tone="bad">Désinscrit (STOP)</Badge>
              ) : (
                <Badge tone="good">Reçoit</Badge>
              )}
            </td>
            <td>{formatDate(contact.createdAt)}</td>
          </tr>
        )}
        empty={
          <>
            {applied ? 'Aucun contact ne correspond.' : 'Aucun contact pour l’instant.'}{' '}
            <a href="#/contacts/importer">Importer un fichier</a>
          </>
        }
        onPage={setPage}
        errorLabels={{ phone: 'Numéro', search: 'Recherche' }}
      />
      {contacts.data && contacts.data.data.length > 0 && (
        <>
          <form
            class="inline"
            onSubmit={async (event) => {
              event.preventDefault();
              setError(null);
              setAdded(null);
              try {
                setAdded(await call<GroupChange>(`/v1/group/${groupId}/add`, { contactIds: chosen }));
                setChosen([]);
              } catch (failure) {
                setError(failure);
              }
            }}
          >
            <div class="field">
              <label for="contacts-group">
                Ajouter {plural(chosen.length, 'contact choisi', 'contacts choisis')} au groupe
              </label>
              <select
                id="contacts-group"
                value={groupId}
                onChange={(event) => setGroupId(event.currentTarget.value)}
              >
                <option value="">— choisir un groupe —</option>
                {groups.data?.data.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={!chosen.length || !groupId}>
              Ajouter
            </button>
          </form>
          {added && (
            <p role="status" class="success">
              {plural(added.added ?? 0, 'contact ajouté', 'contacts ajoutés')} à « {added.group.name} »
              {(added.alreadyMembers ?? 0) > 0 &&
                ` (${plural(added.alreadyMembers ?? 0, 'déjà membre', 'déjà membres')})`}
              .
            </p>
          )}
          <ErrorNote error={error} />
        </>
      )}
    </Page>
  );
}
