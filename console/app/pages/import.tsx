import { useMemo, useState } from 'preact/hooks';
import type { ImportColumns, ImportFailure, ImportUpload, ImportView } from '../../../shared/imports/import';
import { ApiError, call, list } from '../api';
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
/** Above this many rows, the file goes to storage whole and the platform reads it (contact/import). */
export const SERVER_IMPORT_ROWS = 5000;

/** Why an import failed, in French. */
const IMPORT_FAILURES: Record<ImportFailure, string> = {
  'file-too-large': 'Le fichier dépasse 100 Mo : coupez-le en plusieurs fichiers.',
  'column-not-found': 'Une colonne choisie n’est pas dans l’en-tête du fichier.',
  'no-phone-column': 'Aucune colonne ne tient de numéros de téléphone.',
  'malformed-csv': 'Le fichier est mal formé : un guillemet ouvert n’est jamais fermé.',
  'group-not-found': 'Le groupe a été supprimé pendant l’import.',
  'internal-error': 'L’import a échoué. Réessayez dans un moment.',
};

/** The columns as contact/import takes them: each by its position, the field columns too. */
function columnsOf(mapping: Mapping): ImportColumns | undefined {
  if (mapping.phone === undefined) return undefined;
  const fields = Object.fromEntries(
    Object.entries(mapping.fields ?? {}).map(([column, key]) => [column, key]),
  );
  return {
    phone: mapping.phone,
    ...(mapping.name !== undefined ? { name: mapping.name } : {}),
    ...(mapping.firstName !== undefined ? { firstName: mapping.firstName } : {}),
    ...(mapping.lastName !== undefined ? { lastName: mapping.lastName } : {}),
    ...(mapping.sex !== undefined ? { sex: mapping.sex } : {}),
    ...(Object.keys(fields).length ? { fields } : {}),
  };
}

const SEPARATORS = [',', ';', '\t', '|'] as const;

/**
 * A big file's import: started with the columns chosen here, the file sent as it is to the link the
 * answer gives, then asked after every second until it is done.
 */
function ServerImport(props: {
  file: File;
  sheet: Sheet;
  mapping: Mapping;
  target: 'new' | string;
  groupName: string;
}) {
  const [state, setState] = useState<{ view?: ImportView; error?: unknown; uploading?: boolean }>({});
  const [started, setStarted] = useState(false);

  const run = async () => {
    setStarted(true);
    setState({ uploading: true });
    try {
      const columns = columnsOf(props.mapping);
      const separator = SEPARATORS.find((candidate) => candidate === props.sheet.separator);
      const upload = await call<ImportUpload>('/v1/contact/import', {
        ...(props.target === 'new'
          ? { groupName: props.groupName.trim() || props.file.name || 'Import' }
          : { groupId: props.target }),
        ...(columns ? { columns } : {}),
        hasHeader: !props.sheet.headerless,
        ...(separator ? { separator } : {}),
      });
      const sent = await fetch(upload.uploadUrl, { method: 'PUT', body: props.file });
      if (!sent.ok) throw new ApiError('upload-refused', sent.status, 'upload refused');
      setState({});
      for (;;) {
        const view = await call<ImportView>(`/v1/import/${upload.id}`, {});
        setState({ view });
        if (view.status === 'COMPLETED' || view.status === 'FAILED') return;
        await new Promise((wake) => setTimeout(wake, 1000));
      }
    } catch (error) {
      setState((current) => ({ ...current, error, uploading: false }));
    }
  };

  const { view } = state;
  const rows = props.sheet.rows.length;
  return (
    <>
      <button type="button" class="primary" disabled={started} onClick={run}>
        Importer {plural(rows, 'ligne', 'lignes')} (gros fichier)
      </button>
      {started && (
        <section aria-labelledby="import-progress-title" class="import-progress">
          <h2 id="import-progress-title">Import</h2>
          <progress
            id="import-progress"
            max={view?.bytes ?? props.file.size}
            value={view?.bytesRead ?? 0}
            aria-label="Avancement de l’import"
          />
          <p role="status" data-testid="import-status">
            {state.uploading
              ? 'Envoi du fichier…'
              : view?.status === 'AWAITING_FILE'
                ? 'Fichier envoyé, l’import va commencer…'
                : `${formatNumber(view?.rowsRead ?? 0)} / ${formatNumber(rows)} lignes traitées${
                    view?.status === 'COMPLETED'
                      ? ' : terminé.'
                      : view?.status === 'FAILED'
                        ? ' : échec.'
                        : ''
                  }`}
          </p>
          {view?.status === 'COMPLETED' && (
            <p data-testid="import-result">
              {plural(view.imported, 'contact importé', 'contacts importés')},{' '}
              {plural(view.duplicates, 'doublon ignoré', 'doublons ignorés')},{' '}
              {plural(view.refused, 'ligne refusée', 'lignes refusées')}.{' '}
              {view.errorsUrl && (
                <a href={view.errorsUrl} download>
                  Télécharger les lignes refusées (CSV)
                </a>
              )}{' '}
              {view.groupId && <a href={`#/groupes/${view.groupId}`}>Voir le groupe</a>}
            </p>
          )}
          {view?.status === 'FAILED' && view.reason && <p role="alert">{IMPORT_FAILURES[view.reason]}</p>}
          {state.error !== undefined && <ErrorNote error={state.error} />}
        </section>
      )}
    </>
  );
}

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
  const [sheet, setSheet] = useState<{ file: string; sheet: Sheet; mapping: Mapping; original: File } | null>(
    null,
  );
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
              setSheet({ file: file.name, sheet: parsed, mapping: guessMapping(parsed), original: file });
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
              {sheet.sheet.rows.length > SERVER_IMPORT_ROWS ? (
                <ServerImport
                  file={sheet.original}
                  sheet={sheet.sheet}
                  mapping={sheet.mapping}
                  target={target}
                  groupName={groupName}
                />
              ) : (
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
              )}
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
