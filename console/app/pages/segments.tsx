/**
 * Segments: a builder of conditions on contacts, with the number of contacts it selects and a few of them,
 * asked again (`/v1/segment/preview`) as the conditions change; the account's segments, listed.
 */
import { useEffect, useState } from 'preact/hooks';
import { OPS_OF, SEGMENT_ATTRIBUTES, SEGMENT_OPS, type SegmentAttribute } from '../../../shared/segments/ops';
import { call, list, newIdempotencyKey } from '../api';
import { ErrorNote, Listing, Page, useLoad } from '../components';
import { formatDate, formatNumber, plural } from '../french';
import type { Group, Segment, SegmentPreview } from '../types';

type Op = Segment['conditions'][number]['op'];
interface Condition {
  field: string;
  op: Op;
  value: string;
}

const ATTRIBUTE_LABEL: Record<SegmentAttribute, string> = {
  phone: 'Numéro',
  country: 'Pays (CI, SN…)',
  name: 'Nom complet',
  firstName: 'Prénom',
  lastName: 'Nom',
  sex: 'Civilité (M ou F)',
  createdAt: 'Date d’ajout',
  group: 'Groupe',
};

const OP_LABEL: Record<Op, string> = {
  eq: 'est',
  neq: 'n’est pas',
  contains: 'contient',
  startsWith: 'commence par',
  in: 'est l’un de (séparés par des virgules)',
  exists: 'est renseigné',
  notExists: 'n’est pas renseigné',
  before: 'est avant le',
  after: 'est après le',
};

const opsOf = (field: string): readonly Op[] => OPS_OF[field as SegmentAttribute] ?? SEGMENT_OPS;
const needsValue = (op: Op) => op !== 'exists' && op !== 'notExists';

/** A condition as the API takes it. */
const asCondition = ({ field, op, value }: Condition) => ({
  field,
  op,
  ...(op === 'in'
    ? {
        value: value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      }
    : needsValue(op)
      ? { value: value.trim() }
      : {}),
});

export function SegmentsPage() {
  const [page, setPage] = useState(1);
  const segments = useLoad(() => list<Segment>('/v1/segment/list', { page, count: 20 }), [page]);
  const keys = useLoad(() => call<{ keys: string[] }>('/v1/segment/fields', {}), []).data?.keys ?? [];
  const groups = useLoad(() => list<Group>('/v1/group/list', { count: 100 }), []).data?.data ?? [];
  const [name, setName] = useState('');
  const [match, setMatch] = useState<'all' | 'any'>('all');
  const [conditions, setConditions] = useState<Condition[]>([]);
  const [preview, setPreview] = useState<{ data?: SegmentPreview; error?: unknown }>({});
  // In a large account the count is drawn from a sample; one by one only when asked, for these conditions.
  const [exactFor, setExactFor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rules = { match, conditions: conditions.map(asCondition) };
  const rulesKey = JSON.stringify(rules);
  const exact = exactFor === rulesKey;

  useEffect(() => {
    let current = true;
    // Counted once the user pauses, not at every key.
    const timer = setTimeout(async () => {
      try {
        const data = await call<SegmentPreview>('/v1/segment/preview', {
          ...rules,
          ...(exact ? { exact } : {}),
        });
        if (current) setPreview({ data });
      } catch (failure) {
        if (current) setPreview({ error: failure });
      }
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [rulesKey, exact]);

  const change = (index: number, next: Partial<Condition>) =>
    setConditions(conditions.map((condition, at) => (at === index ? { ...condition, ...next } : condition)));
  const fields: [string, string][] = [
    ...SEGMENT_ATTRIBUTES.map((field): [string, string] => [field, ATTRIBUTE_LABEL[field]]),
    ...keys.map((key): [string, string] => [`fields.${key}`, `Champ « ${key} »`]),
  ];

  return (
    <Page title="Segments">
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            await call('/v1/segment/create', { name, ...rules }, { idempotencyKey: newIdempotencyKey() });
            setName('');
            setConditions([]);
            void segments.reload();
          } catch (failure) {
            setError(failure);
          }
        }}
      >
        <fieldset>
          <legend>Nouveau segment</legend>
          <div class="field">
            <label for="segment-name">Nom du segment</label>
            <input
              id="segment-name"
              value={name}
              maxLength={100}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="segment-match">Les contacts qui remplissent</label>
            <select
              id="segment-match"
              value={match}
              onChange={(e) => setMatch(e.currentTarget.value as 'all' | 'any')}
            >
              <option value="all">toutes les conditions</option>
              <option value="any">au moins une condition</option>
            </select>
          </div>
          <ol class="conditions">
            {conditions.map((condition, index) => (
              <li key={index} class="condition">
                <select
                  aria-label={`Condition ${index + 1} : information`}
                  value={condition.field}
                  onChange={(e) => {
                    const field = e.currentTarget.value;
                    change(index, { field, op: opsOf(field)[0] as Op, value: '' });
                  }}
                >
                  {fields.map(([field, label]) => (
                    <option key={field} value={field}>
                      {label}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={`Condition ${index + 1} : opération`}
                  value={condition.op}
                  onChange={(e) => change(index, { op: e.currentTarget.value as Op })}
                >
                  {opsOf(condition.field).map((op) => (
                    <option key={op} value={op}>
                      {OP_LABEL[op]}
                    </option>
                  ))}
                </select>
                {needsValue(condition.op) &&
                  (condition.field === 'group' ? (
                    <select
                      aria-label={`Condition ${index + 1} : groupe`}
                      value={condition.value}
                      onChange={(e) => change(index, { value: e.currentTarget.value })}
                    >
                      <option value="">— choisir —</option>
                      {groups.map((group) => (
                        <option key={group.id} value={group.id}>
                          {group.name}
                        </option>
                      ))}
                    </select>
                  ) : condition.op === 'before' || condition.op === 'after' ? (
                    <input
                      aria-label={`Condition ${index + 1} : date`}
                      type="date"
                      value={condition.value}
                      onInput={(e) => change(index, { value: e.currentTarget.value })}
                    />
                  ) : (
                    <input
                      aria-label={`Condition ${index + 1} : valeur`}
                      value={condition.value}
                      onInput={(e) => change(index, { value: e.currentTarget.value })}
                    />
                  ))}
                <button
                  type="button"
                  onClick={() => setConditions(conditions.filter((_, at) => at !== index))}
                  aria-label={`Retirer la condition ${index + 1}`}
                >
                  Retirer
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            disabled={conditions.length >= 20}
            onClick={() =>
              setConditions([
                ...conditions,
                { field: keys[0] ? `fields.${keys[0]}` : 'firstName', op: 'eq', value: '' },
              ])
            }
          >
            Ajouter une condition
          </button>
          <div aria-live="polite" data-testid="segment-count">
            {preview.data ? (
              <>
                <p>
                  <strong>
                    {preview.data.approximate ? '≈ ' : ''}
                    {plural(preview.data.count, 'contact', 'contacts')}
                  </strong>{' '}
                  aujourd’hui
                  {conditions.length === 0 && ' (sans condition : tous les contacts)'}, désinscrits exclus.
                </p>
                {preview.data.approximate && (
                  <p class="help" data-testid="segment-approximate">
                    Estimation tirée de {plural(preview.data.sampled ?? 0, 'contact lu', 'contacts lus')} au
                    hasard dans le compte : un segment rare peut n’y paraître qu’à peine. Les campagnes
                    comptent chaque contact.{' '}
                    {exact ? (
                      'Comptage de chaque contact…'
                    ) : (
                      <button type="button" class="link" onClick={() => setExactFor(rulesKey)}>
                        Compter exactement
                      </button>
                    )}
                  </p>
                )}
              </>
            ) : (
              <p>Comptage…</p>
            )}
          </div>
          <ErrorNote error={preview.error} />
          {preview.data && preview.data.sample.length > 0 && (
            <div class="table-wrap">
              <table data-testid="segment-sample">
                <caption>Quelques contacts du segment</caption>
                <thead>
                  <tr>
                    <th scope="col">Numéro</th>
                    <th scope="col">Nom</th>
                    <th scope="col">Champs</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.data.sample.map((contact) => (
                    <tr key={contact.id}>
                      <td>{contact.phone}</td>
                      <td>
                        {contact.name || [contact.firstName, contact.lastName].filter(Boolean).join(' ')}
                      </td>
                      <td>
                        {Object.entries(contact.fields ?? {})
                          .map(([key, value]) => `${key} : ${value}`)
                          .join(' ; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ErrorNote error={error} labels={{ name: 'Nom du segment', conditions: 'Conditions' }} />
          <button type="submit" class="primary">
            Enregistrer le segment
          </button>
        </fieldset>
      </form>
      <Listing
        listed={segments}
        columns={['Nom', 'Conditions', 'Modifié le', '']}
        empty="Aucun segment pour l’instant."
        onPage={setPage}
        row={(segment) => (
          <tr key={segment.id}>
            <td>{segment.name}</td>
            <td>
              {formatNumber(segment.conditions.length)} ({segment.match === 'all' ? 'toutes' : 'au moins une'}
              )
            </td>
            <td>{formatDate(segment.updatedAt)}</td>
            <td>
              <button
                type="button"
                aria-label={`Supprimer le segment ${segment.name}`}
                onClick={async () => {
                  await call(`/v1/segment/${segment.id}/delete`, {}, { idempotencyKey: newIdempotencyKey() });
                  void segments.reload();
                }}
              >
                Supprimer
              </button>
            </td>
          </tr>
        )}
      />
    </Page>
  );
}
