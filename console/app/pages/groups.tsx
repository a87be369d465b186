import { useState } from 'preact/hooks';
import { call, list, newIdempotencyKey } from '../api';
import { ErrorNote, FieldError, Listing, Page, Pager, useLoad, Waiting } from '../components';
import { formatDate, formatNumber, plural } from '../french';
import { BACK } from '../router';
import type { Group, GroupDetails } from '../types';
import { civility } from './contacts';

export function GroupsPage() {
  const [page, setPage] = useState(1);
  const groups = useLoad(() => list<Group>('/v1/group/list', { page, count: 20 }), [page]);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <Page
      title="Groupes"
      actions={
        <a class="button" href="#/contacts/importer">
          Importer un fichier CSV
        </a>
      }
    >
      <form
        class="inline"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            await call('/v1/group/create', { name }, { idempotencyKey: newIdempotencyKey() });
            setName('');
            void groups.reload();
          } catch (failure) {
            setError(failure);
          }
        }}
      >
        <div class="field">
          <label for="group-name">Nouveau groupe</label>
          <input
            id="group-name"
            value={name}
            maxLength={100}
            onInput={(event) => setName(event.currentTarget.value)}
            aria-describedby="group-name-error"
          />
          <FieldError error={error} path="name" id="group-name-error" />
        </div>
        <button type="submit">Créer</button>
      </form>
      <ErrorNote error={error} labels={{ name: 'Nom du groupe' }} />
      <Listing
        listed={groups}
        columns={['Nom', 'Membres', 'Modifié le']}
        row={(group) => (
          <tr key={group.id}>
            <td>
              <a href={`#/groupes/${group.id}`}>{group.name}</a>
            </td>
            <td>{formatNumber(group.memberCount)}</td>
            <td>{formatDate(group.updatedAt)}</td>
          </tr>
        )}
        empty="Aucun groupe pour l’instant."
        onPage={setPage}
      />
    </Page>
  );
}

export function GroupPage({ id }: { id: string }) {
  const [page, setPage] = useState(1);
  const group = useLoad(() => call<GroupDetails>(`/v1/group/${id}`, { page, count: 20 }), [id, page]);
  const [error, setError] = useState<unknown>(null);
  if (!group.data) return <Waiting title="Groupe" back={BACK.groups} error={group.error} />;
  const details = group.data;
  return (
    <Page
      title={details.name}
      back={BACK.groups}
      actions={
        <a class="button primary" href="#/campagnes/nouvelle">
          Nouvelle campagne
        </a>
      }
    >
      <p>
        {plural(details.memberCount, 'membre', 'membres')}
        {details.description && ` · ${details.description}`}
      </p>
      <ErrorNote error={error} />
      {details.members.length > 0 && (
        <>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Numéro</th>
                  <th scope="col">Nom</th>
                  <th scope="col">Civilité</th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {details.members.map((member) => (
                  <tr key={member.id}>
                    <td>{member.phone}</td>
                    <td>{member.name || [member.firstName, member.lastName].filter(Boolean).join(' ')}</td>
                    <td>{civility(member.sex)}</td>
                    <td>
                      <button
                        type="button"
                        onClick={async () => {
                          try {
                            await call(`/v1/group/${id}/remove`, { contactIds: [member.id] });
                            void group.reload();
                          } catch (failure) {
                            setError(failure);
                          }
                        }}
                      >
                        Retirer<span class="visually-hidden"> {member.phone} du groupe</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager {...details.membersPage} onPage={setPage} />
        </>
      )}
    </Page>
  );
}
