import { type ComponentChildren, createContext, type VNode } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError, Listed } from './api';
import { detailMessage, errorMessage, formatMoney, formatNumber, issuesAt } from './french';

/** Loads with `load` when `deps` change; `reload` loads again (after a change, or on a timer). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setState((before) => ({ ...before, loading: true }));
    try {
      const data = await load();
      if (ticket === latest.current) setState({ data, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState((before) => ({ data: before.data, error, loading: false }));
    }
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}

/** Calls `tick` every `ms` while `active`; stops when the page goes. */
export function useEvery(ms: number, active: boolean, tick: () => void) {
  const saved = useRef(tick);
  saved.current = tick;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => saved.current(), ms);
    return () => clearInterval(timer);
  }, [ms, active]);
}

/** An API error in plain French, with each field it names (by the form's own labels). */
export function ErrorNote({ error, labels = {} }: { error: unknown; labels?: Record<string, string> }) {
  if (!error) return null;
  const details = (error as ApiError).details ?? [];
  const payment = (error as ApiError).payment;
  return (
    <div class="error" role="alert">
      <p>{errorMessage(error)}</p>
      {payment && (
        <p data-testid="payment">
          Coût de l’envoi : {formatMoney(payment.cost)} · disponible : {formatMoney(payment.available)}
          {payment.maxCost && ` · plafond : ${formatMoney(payment.maxCost)}`}
        </p>
      )}
      {details.length > 0 && (
        <ul>
          {details.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <strong>{labelOf(issue.path, labels)}</strong> : {detailMessage(issue.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `contacts.3.phone` → the form's label for it (`Destinataire n° 4, numéro`), or the path itself. */
function labelOf(path: string, labels: Record<string, string>): string {
  if (labels[path]) return labels[path];
  const row = /^(\w+)\.(\d+)\.?(\w*)$/.exec(path);
  if (row?.[1] && labels[row[1]]) {
    const field = row[3] ? (labels[`${row[1]}.*.${row[3]}`] ?? row[3]) : '';
    return `${labels[row[1]]} n° ${Number(row[2]) + 1}${field ? `, ${field}` : ''}`;
  }
  const first = path.split('.')[0] ?? path;
  return labels[first] ?? path;
}

/** What the API said about one field, under it (linked to it by `aria-describedby`). */
export function FieldError({ error, path, id }: { error: unknown; path: string; id: string }) {
  const issues = issuesAt(error, path);
  if (!issues.length) return null;
  return (
    <p class="field-error" id={id}>
      {issues.map((issue) => detailMessage(issue.message)).join(' ; ')}
    </p>
  );
}

export function Pager({
  page,
  totalPage,
  totalCount,
  onPage,
}: {
  page: number;
  totalPage: number;
  totalCount: number;
  onPage: (page: number) => void;
}) {
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← Précédente
      </button>
      <span>
        Page {formatNumber(page)} sur {formatNumber(Math.max(1, totalPage))} · {formatNumber(totalCount)} au
        total
      </span>
      <button type="button" disabled={page >= totalPage} onClick={() => onPage(page + 1)}>
        Suivante →
      </button>
    </nav>
  );
}

/** A column's header; a hidden one is read by screen readers only (a column of checkboxes or buttons). */
export type Column = string | { hidden: string };

/**
 * One page of a listing as every list of the console shows it: the error in French, loading, what
 * to say when there is nothing, the table, and the pages.
 */
export function Listing<T>({
  listed,
  columns,
  row,
  empty,
  onPage,
  errorLabels,
  tableClass,
  testId,
}: {
  listed: { data?: Listed<T>; error?: unknown; loading: boolean };
  columns: Column[];
  /** One `<tr>` (with its key) per item. */
  row: (item: T) => VNode;
  empty: ComponentChildren;
  onPage: (page: number) => void;
  errorLabels?: Record<string, string>;
  tableClass?: string;
  testId?: string;
}) {
  const { data, error, loading } = listed;
  return (
    <>
      <ErrorNote error={error} labels={errorLabels} />
      {loading && !data && <Loading />}
      {data?.data.length === 0 && <p class="empty">{empty}</p>}
      {data && data.data.length > 0 && (
        <>
          <div class="table-wrap">
            <table class={tableClass} data-testid={testId}>
              <thead>
                <tr>
                  {columns.map((column) =>
                    typeof column === 'string' ? (
                      <th scope="col" key={column}>
                        {column}
                      </th>
                    ) : (
                      <th scope="col" key={column.hidden}>
                        <span class="visually-hidden">{column.hidden}</span>
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>{data.data.map(row)}</tbody>
            </table>
          </div>
          <Pager {...data} onPage={onPage} />
        </>
      )}
    </>
  );
}

export type Tone = 'good' | 'bad' | 'wait' | 'muted';

/** One choice among a few, as radio buttons in a row (`label` names the group for screen readers). */
export function RadioChoices<T extends string>({
  name,
  label,
  choices,
  value,
  onChange,
}: {
  name: string;
  label: string;
  choices: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div class="radios" role="radiogroup" aria-label={label}>
      {choices.map(([choice, text]) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />{' '}
          {text}
        </label>
      ))}
    </div>
  );
}

export function Badge({ tone, children }: { tone: Tone; children: ComponentChildren }) {
  return <span class={`badge badge-${tone}`}>{children}</span>;
}

export function Loading({ what = 'Chargement…' }: { what?: string }) {
  return (
    <p class="loading" role="status">
      {what}
    </p>
  );
}

/** The site a page belongs to, in its title: the console, or the operators' back office. */
export const SiteName = createContext('Console SMS');

/** Where a page's "back" link leads, and what it says. */
export type Back = readonly [href: string, label: string];

export function Page({
  title,
  actions,
  back,
  children,
}: {
  title: string;
  actions?: ComponentChildren;
  back?: Back;
  children: ComponentChildren;
}) {
  const site = useContext(SiteName);
  useEffect(() => {
    document.title = `${title} · ${site}`;
  }, [title, site]);
  return (
    <section>
      <header class="page-header">
        <h1>{title}</h1>
        {actions && <div class="actions">{actions}</div>}
      </header>
      {back && (
        <p>
          <a href={back[0]}>← {back[1]}</a>
        </p>
      )}
      {children}
    </section>
  );
}

/** A page whose subject is still loading, or could not be loaded (not found, offline…). */
export function Waiting({ title, back, error }: { title: string; back: Back; error: unknown }) {
  return (
    <Page title={title} back={back}>
      {error ? <ErrorNote error={error} /> : <Loading />}
    </Page>
  );
}

/** Copies to the clipboard, saying so where a screen reader hears it. */
export function CopyButton({ text, label = 'Copier' }: { text: string; label?: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => {});
        setDone(true);
      }}
    >
      {done ? 'Copié ✓' : label}
      <span class="visually-hidden" aria-live="polite">
        {done ? 'Copié dans le presse-papiers' : ''}
      </span>
    </button>
  );
}
