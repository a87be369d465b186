import { useState } from 'preact/hooks';
import { call, list, newIdempotencyKey } from '../api';
import { Badge, CopyButton, ErrorNote, Listing, Page, useLoad } from '../components';
import { formatDate } from '../french';
import { ROLE_LABEL, ROLES, useCan } from '../me';
import type { ApiKey, CreatedApiKey, Role } from '../types';

/** The account's API keys: each named and with a role, the key shown once, revoked at once. */
export function KeysPage() {
  const can = useCan();
  const [page, setPage] = useState(1);
  const keys = useLoad(() => list<ApiKey>('/v1/key/list', { page, count: 20 }), [page]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [made, setMade] = useState<CreatedApiKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <Page title="Clés API">
      <p class="help">
        Une clé par intégration, avec le rôle dont elle a besoin et pas plus. La clé n’est montrée qu’une fois
        : copiez-la dans l’intégration. Une clé révoquée est refusée dès sa requête suivante.
      </p>
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            setMade(
              await call<CreatedApiKey>(
                '/v1/key/create',
                { name: name.trim(), role },
                { idempotencyKey: newIdempotencyKey() },
              ),
            );
            setName('');
            void keys.reload();
          } catch (failure) {
            setError(failure);
          }
        }}
      >
        <h2>Nouvelle clé</h2>
        <label for="key-name">Nom</label>
        <input id="key-name" required value={name} onInput={(event) => setName(event.currentTarget.value)} />
        <label for="key-role">Rôle</label>
        <select id="key-role" value={role} onChange={(event) => setRole(event.currentTarget.value as Role)}>
          {ROLES.filter((option) => can(option)).map((option) => (
            <option key={option} value={option}>
              {ROLE_LABEL[option]}
            </option>
          ))}
        </select>
        <button type="submit" class="primary" disabled={!name.trim()}>
          Créer la clé
        </button>
      </form>
      {made && (
        <div class="secret" role="status">
          <p>Clé « {made.name} » créée. Copiez-la maintenant : elle ne sera plus jamais affichée.</p>
          <code data-testid="new-key">{made.key}</code> <CopyButton text={made.key} label="Copier la clé" />
        </div>
      )}
      <ErrorNote error={error} labels={{ name: 'Nom', role: 'Rôle' }} />
      <Listing
        listed={keys}
        columns={['Nom', 'Rôle', 'Début', 'Créée le', 'Dernière utilisation', { hidden: 'Actions' }]}
        testId="keys"
        row={(key) => (
          <tr key={key.id}>
            <td>{key.name ?? '(sans nom)'}</td>
            <td>{ROLE_LABEL[key.role]}</td>
            <td>
              <code>{key.preview}</code>
            </td>
            <td>{formatDate(key.createdAt)}</td>
            <td>{key.lastUsedAt ? formatDate(key.lastUsedAt) : 'Jamais'}</td>
            <td>
              {key.revokedAt ? (
                <Badge tone="muted">Révoquée</Badge>
              ) : (
                can(key.role) && (
                  <button
                    type="button"
                    onClick={async () => {
                      if (
                        !confirm(
                          `Révoquer la clé « ${key.name ?? key.preview} » ? Elle sera refusée aussitôt.`,
                        )
                      )
                        return;
                      setError(null);
                      try {
                        await call(`/v1/key/${key.id}/revoke`);
                        void keys.reload();
                      } catch (failure) {
                        setError(failure);
                      }
                    }}
                  >
                    Révoquer
                  </button>
                )
              )}
            </td>
          </tr>
        )}
        empty="Aucune clé API."
        onPage={setPage}
      />
    </Page>
  );
}
