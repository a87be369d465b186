import { useState } from 'preact/hooks';
import { call, list, newIdempotencyKey } from '../api';
import { Badge, ErrorNote, Listing, Page, useLoad } from '../components';
import { formatDate } from '../french';
import { ROLE_LABEL, ROLES, useCan, useMe } from '../me';
import type { Member, Role } from '../types';

/** The account's team: who may sign in, with which role; admins invite, change and remove (owners: owners). */
export function TeamPage() {
  const can = useCan();
  const me = useMe();
  const [page, setPage] = useState(1);
  const members = useLoad(() => list<Member>('/v1/member/list', { page, count: 20 }), [page]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const act = async (work: () => Promise<string>) => {
    setError(null);
    setDone('');
    try {
      setDone(await work());
      void members.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  const mayHandle = (held: Role) => can('admin') && can(held);
  return (
    <Page title="Équipe">
      <p class="help">
        Les personnes qui se connectent à ce compte. Lecteur : consulte tout ; éditeur : gère contacts et
        campagnes ; administrateur : aussi les webhooks, les clés API et l’équipe ; propriétaire : tout.
      </p>
      {can('admin') && (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void act(async () => {
              const invited = await call<Member>(
                '/v1/member/invite',
                { email: email.trim(), role },
                { idempotencyKey: newIdempotencyKey() },
              );
              setEmail('');
              return `Invitation envoyée à ${invited.email}.`;
            });
          }}
        >
          <h2>Inviter une personne</h2>
          <label for="invite-email">E-mail</label>
          <input
            id="invite-email"
            type="email"
            required
            value={email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
          <label for="invite-role">Rôle</label>
          <select
            id="invite-role"
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
          >
            {ROLES.filter((option) => can(option)).map((option) => (
              <option key={option} value={option}>
                {ROLE_LABEL[option]}
              </option>
            ))}
          </select>
          <button type="submit" class="primary" disabled={!email.trim()}>
            Inviter
          </button>
        </form>
      )}
      {done && <p role="status">{done}</p>}
      <ErrorNote error={error} labels={{ email: 'E-mail', role: 'Rôle' }} />
      <Listing
        listed={members}
        columns={['E-mail', 'Rôle', 'État', 'Dernière activité', { hidden: 'Actions' }]}
        testId="team"
        row={(member) => (
          <tr key={member.id}>
            <td>
              {member.email}
              {member.email === me?.actor.label && ' (vous)'}
            </td>
            <td>
              {mayHandle(member.role) ? (
                <select
                  aria-label={`Rôle de ${member.email}`}
                  value={member.role}
                  onChange={(event) => {
                    const next = event.currentTarget.value as Role;
                    void act(async () => {
                      await call(`/v1/member/${member.id}/update`, { role: next });
                      return `${member.email} est maintenant ${ROLE_LABEL[next].toLowerCase()}.`;
                    });
                  }}
                >
                  {ROLES.filter((option) => can(option)).map((option) => (
                    <option key={option} value={option}>
                      {ROLE_LABEL[option]}
                    </option>
                  ))}
                </select>
              ) : (
                ROLE_LABEL[member.role]
              )}
            </td>
            <td>
              {member.status === 'ACTIVE' ? (
                <Badge tone="good">Active</Badge>
              ) : (
                <Badge tone="wait">Invitée</Badge>
              )}
            </td>
            <td>{member.lastSeenAt ? formatDate(member.lastSeenAt) : '—'}</td>
            <td>
              {mayHandle(member.role) && (
                <button
                  type="button"
                  onClick={() => {
                    if (!confirm(`Retirer ${member.email} du compte ?`)) return;
                    void act(async () => {
                      await call(`/v1/member/${member.id}/remove`);
                      return `${member.email} a été retiré(e) du compte.`;
                    });
                  }}
                >
                  Retirer
                </button>
              )}
            </td>
          </tr>
        )}
        empty="Personne d’autre dans l’équipe."
        onPage={setPage}
      />
    </Page>
  );
}
