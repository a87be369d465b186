import { useMemo, useState } from 'preact/hooks';
import { type ApiError, call, list } from '../api';
import { ErrorNote, Page, useLoad } from '../components';
import {
  asContactInput,
  type ContactField,
  type ContactRow,
  contactsOf,
  FIELD_LABEL,
  guessMapping,
  type Mapping,
  problemsCsv,
  readSheet,
  type Sheet,
  type ShownProblem,
} from '../csv';
import { detailMessage, formatNumber, plural } from '../french';
import { BACK } from '../router';
import type { Group, GroupChange } from '../types';
import { ColumnChoice } from './new-campaign';

/** Rows per request: well under the API's 10,000 and its 30 s, and a progress bar that moves. */
export const IMPORT_BATCH = 500;

interface Progress {
  done: number;
  added: number;
  alreadyMembers: number;
  created: number;
  refused: ShownProblem[];
  groupId?: string;
  stoppedAt?: number;
  error?: unknown;
  finished: boolean;
}

/**
 * Adds one batch to the group; rows the API refuses (its validation names them `contacts.<i>.…`)
 * are reported and the rest sent again, so one bad row never holds back its batch.
 */
async function addBatch(
  groupId: string,
  rows: ContactRow[],
): Promise<{ change?: GroupChange; refused: ShownProblem[] }> {
  const refused: ShownProblem[] = [];
  let remaining = rows;
  while (remaining.length) {
    try {
      const change = await call<GroupChange>(`/v1/group/${groupId}/add`, {
        contacts: remaining.map(asContactInput),
      });
      return { change, refused };
    } catch (failure) {
      const error = failure as ApiError;
      const bad = new Map<number, string>();
      for (const issue of error.details ?? []) {
        const [, index, field] = /^contacts\.(\d+)\.?(\w*)/.exec(issue.path) ?? [];
        if (index === undefined) continue;
        const label = FIELD_LABEL[field as ContactField] ?? (field === 'fields' ? 'Champ' : field);
        bad.set(Number(index), `${label ? `${label} : ` : ''}${detailMessage(issue.message)}`);
      }
      if (error.code !== 'validation-error' || bad.size === 0) throw failure;
      for (const [index, message] of bad) {
        const row = remaining[index];
        if (row) refused.push({ line: row.line, value: row.phone, message });
      }
      remaining = remaining.filter((_, index) => !bad.has(index));
    }
  }
  return { refused };
}

export function ImportPage() {
  const groups = useLoad(() => list<Group>('/v1/group/list', { count: 100 }), []);
  const [sheet, setSheet] = useState<{ file: string; sheet: Sheet; mapping: Mapping } | null>(null);
  const [target, setTarget] = useState<'new' | string>('new');
  const [groupName, setGroupName] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const read = useMemo(() => (sheet ? contactsOf(sheet.sheet, sheet.mapping) : null), [sheet]);
  const running = progress !== null && !progress.finished && progress.stoppedAt === undefined;

  const run = async (from: Progress) => {
    if (!read) return;
    let state: Progress = { ...from, stoppedAt: undefined, error: undefined };
    setProgress(state);
    try {
      const groupId =
        state.groupId ??
        (target === 'new'
          ? (await call<Group>('/v1/group/create', { name: groupName.trim() || sheet?.file || 'Import' })).id
          : target);
      state = { ...state, groupId };
      for (let start = state.done; start < read.contacts.length; start += IMPORT_BATCH) {
        const { change, refused } = await addBatch(groupId, read.contacts.slice(start, start + IMPORT_BATCH));
        state = {
          ...state,
          done: Math.min(read.contacts.length, start + IMPORT_BATCH),
          added: state.added + (change?.added ?? 0),
          alreadyMembers: state.alreadyMembers + (change?.alreadyMembers ?? 0),
          created: state.created + (change?.contactsCreated ?? 0),
          refused: [...state.refused, ...refused],
        };
        setProgress(state);
      }
      setProgress({ ...state, finished: true });
    } catch (error) {
      setProgress({ ...state, stoppedAt: state.done, error });
    }
  };

  const problems = [...(read?.problems ?? []), ...(progress?.refused ?? [])].sort((a, b) => a.line - b.line);

  return (
    <Page title="Importer des contacts" back={BACK.contacts}>
      <ol class="steps">
        <li>
          <label for="import-file">Fichier CSV (export de tableur : Excel, Google Sheets, LibreOffice)</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            disabled={running}
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              setProgress(null);
              if (!file) return setSheet(null);
              const parsed = readSheet(await file.text());
              setSheet({ file: file.name, sheet: parsed, mapping: guessMapping(parsed) });
              setGroupName(file.name.replace(/\.[^.]+$/, ''));
            }}
          />
        </li>
        {sheet && read && (
          <>
            <li>
              <p>Choisissez la colonne de chaque information :</p>
              <ColumnChoice
                sheet={sheet.sheet}
                mapping={sheet.mapping}
                onMapping={(mapping) => setSheet({ ...sheet, mapping })}
              />
              <div class="table-wrap">
                <table>
                  <caption>Les premières lignes, telles qu’elles seront importées</caption>
                  <thead>
                    <tr>
                      <th scope="col">Ligne</th>
                      <th scope="col">Numéro</th>
                      <th scope="col">Nom complet</th>
                      <th scope="col">Prénom</th>
                      <th scope="col">Nom</th>
                      <th scope="col">Civilité</th>
                      <th scope="col">Champs</th>
                    </tr>
                  </thead>
                  <tbody>
                    {read.contacts.slice(0, 5).map((contact) => (
                      <tr key={contact.line}>
                        <td>{contact.line}</td>
                        <td>{contact.phone}</td>
                        <td>{contact.name ?? ''}</td>
                        <td>{contact.firstName ?? ''}</td>
                        <td>{contact.lastName ?? ''}</td>
                        <td>{contact.sex === 'F' ? 'Mme' : contact.sex === 'M' ? 'M.' : ''}</td>
                        <td>
                          {Object.entries(contact.fields ?? {})
                            .map(([key, value]) => `@${key} : ${value}`)
                            .join(' ; ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p data-testid="import-count">
                {plural(read.contacts.length, 'contact à importer', 'contacts à importer')}
                {read.duplicates > 0 && `, ${plural(read.duplicates, 'doublon ignoré', 'doublons ignorés')}`}
                {read.problems.length > 0 &&
                  `, ${plural(read.problems.length, 'ligne refusée', 'lignes refusées')} (détail plus bas)`}
                .
              </p>
            </li>
            <li>
              <fieldset>
                <legend>Dans quel groupe ?</legend>
                <label class="check">
                  <input
                    type="radio"
                    name="target"
                    checked={target === 'new'}
                    onChange={() => setTarget('new')}
                  />{' '}
                  Un nouveau groupe
                </label>
                {target === 'new' && (
                  <div class="field">
                    <label for="import-group-name">Nom du groupe</label>
                    <input
                      id="import-group-name"
                      value={groupName}
                      maxLength={100}
                      onInput={(event) => setGroupName(event.currentTarget.value)}
                    />
                  </div>
                )}
                {(groups.data?.data.length ?? 0) > 0 && (
                  <>
                    <label class="check">
                      <input
                        type="radio"
                        name="target"
                        checked={target !== 'new'}
                        onChange={() => setTarget(groups.data?.data[0]?.id ?? 'new')}
                      />{' '}
                      Un groupe existant
                    </label>
                    {target !== 'new' && (
                      <select
                        aria-label="Groupe existant"
                        value={target}
                        onChange={(event) => setTarget(event.currentTarget.value)}
                      >
                        {groups.data?.data.map((group) => (
                          <option key={group.id} value={group.id}>
                            {group.name} ({plural(group.memberCount, 'membre', 'membres')})
                          </option>
                        ))}
                      </select>
                    )}
                  </>
                )}
              </fieldset>
              <button
                type="button"
                class="primary"
                disabled={
                  running ||
                  read.contacts.length === 0 ||
                  sheet.mapping.phone === undefined ||
                  !!progress?.finished
                }
                onClick={() =>
                  run({ done: 0, added: 0, alreadyMembers: 0, created: 0, refused: [], finished: false })
                }
              >
                Importer {plural(read.contacts.length, 'contact', 'contacts')}
              </button>
            </li>
          </>
        )}
      </ol>
      {progress && read && (
        <section aria-labelledby="import-progress-title" class="import-progress">
          <h2 id="import-progress-title">Import</h2>
          <progress
            id="import-progress"
            max={read.contacts.length}
            value={progress.done}
            aria-label="Avancement de l’import"
          />
          <p role="status" data-testid="import-status">
            {formatNumber(progress.done)} / {formatNumber(read.contacts.length)} lignes traitées
            {progress.finished && ' : terminé.'}
          </p>
          {(progress.finished || progress.done > 0) && (
            <p data-testid="import-result">
              {plural(progress.added, 'contact ajouté', 'contacts ajoutés')} au groupe (
              {plural(progress.created, 'nouveau contact', 'nouveaux contacts')}),{' '}
              {plural(progress.alreadyMembers, 'déjà membre', 'déjà membres')}.{' '}
              {progress.groupId && <a href={`#/groupes/${progress.groupId}`}>Voir le groupe</a>}
            </p>
          )}
          {progress.error !== undefined && (
            <>
              <ErrorNote error={progress.error} />
              <button type="button" onClick={() => run(progress)}>
                Reprendre l’import à la ligne {formatNumber(progress.done + 1)}
              </button>
            </>
          )}
        </section>
      )}
      {problems.length > 0 && (
        <section aria-labelledby="import-problems-title">
          <h2 id="import-problems-title">
            {plural(problems.length, 'ligne non importée', 'lignes non importées')}
          </h2>
          <p>
            <a
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(problemsCsv(problems))}`}
              download="lignes-refusees.csv"
            >
              Télécharger la liste (CSV)
            </a>
          </p>
          <div class="table-wrap">
            <table data-testid="import-problems">
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Valeur</th>
                  <th scope="col">Raison</th>
                </tr>
              </thead>
              <tbody>
                {problems.slice(0, 200).map((problem) => (
                  <tr key={`${problem.line}:${problem.message}`}>
                    <td>{problem.line}</td>
                    <td>{problem.value}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Page>
  );
}
