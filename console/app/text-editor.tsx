import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { call } from './api';
import { ErrorNote, FieldError, useLoad } from './components';
import { formatNumber, plural } from './french';
import type { Preview } from './types';

/** The variables a text may carry, with what each becomes (as `shared/text/render.ts` renders them). */
export const VARIABLES = [
  ['@nom_complet', 'Nom complet'],
  ['@prenom', 'Prénom'],
  ['@nom', 'Nom'],
  ['@civilite', 'Civilité (M. / Mme)'],
  ['@telephone', 'Numéro'],
] as const;

export interface SampleContact {
  phone?: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  sex?: 'M' | 'F';
  fields?: Record<string, string>;
}

/**
 * The message as typed, measured by the API as you type (`/v1/sms/preview`): encoding, segments,
 * characters left in the last one, the characters that force UCS-2 and, when it saves segments, the
 * same text in GSM-7 in one click.
 */
export function TextEditor({
  text,
  onText,
  optOutFooter,
  trackLinks = false,
  sample,
  error,
  onPreview,
}: {
  text: string;
  onText: (text: string) => void;
  optOutFooter: boolean;
  /** Measured with its links in their short form, as a campaign with `trackLinks` sends them. */
  trackLinks?: boolean;
  sample?: SampleContact;
  error: unknown;
  onPreview: (preview: Preview | null) => void;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  useEffect(() => {
    if (!text) {
      setPreview(null);
      onPreview(null);
      return;
    }
    let current = true;
    // Asked once typing pauses, not at every key.
    const timer = setTimeout(async () => {
      try {
        const answer = await call<Preview>('/v1/sms/preview', {
          text,
          optOutFooter,
          ...(trackLinks ? { trackLinks } : {}),
          ...(sample?.phone ? { contact: sample } : {}),
        });
        if (!current) return;
        setPreview(answer);
        setPreviewError(null);
        onPreview(answer);
      } catch (failure) {
        if (current) setPreviewError(failure);
      }
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [
    text,
    optOutFooter,
    trackLinks,
    sample?.phone,
    sample?.name,
    sample?.firstName,
    sample?.lastName,
    sample?.sex,
    JSON.stringify(sample?.fields ?? {}),
  ]);
  // The fields the account's contacts have: offered beside the built-in variables.
  const fieldKeys = useLoad(() => call<{ keys: string[] }>('/v1/segment/fields', {}), []).data?.keys ?? [];

  const insert = (variable: string) => {
    const field = area.current;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    const before = text.slice(0, start);
    const spaced = before && !/\s$/.test(before) ? ` ${variable}` : variable;
    caret.current = start + spaced.length;
    onText(before + spaced + text.slice(end));
  };
  // The caret goes after the inserted variable as soon as the new text is in the field, before
  // anything else typed can land.
  useLayoutEffect(() => {
    if (caret.current === null) return;
    area.current?.focus();
    area.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [text]);

  return (
    <div class="text-editor">
      <label for="campaign-text">Texte du message</label>
      <fieldset class="variables">
        <legend class="visually-hidden">Insérer une variable</legend>
        {VARIABLES.map(([variable, label]) => (
          <button type="button" key={variable} onClick={() => insert(variable)} title={label}>
            {variable}
          </button>
        ))}
        {fieldKeys.map((key) => (
          <button
            type="button"
            key={key}
            class="field-variable"
            onClick={() => insert(`@${key}`)}
            title={`Champ « ${key} » des contacts`}
          >
            @{key}
          </button>
        ))}
      </fieldset>
      <textarea
        id="campaign-text"
        ref={area}
        rows={5}
        value={text}
        maxLength={1600}
        onInput={(event) => onText(event.currentTarget.value)}
        aria-describedby="text-measure text-error"
      />
      <FieldError error={error} path="text" id="text-error" />
      <div id="text-measure" class="measure" aria-live="polite">
        {preview ? (
          <>
            <span data-testid="encoding">{preview.encoding}</span> ·{' '}
            <span data-testid="segments">{plural(preview.segments, 'SMS', 'SMS')}</span> ·{' '}
            <span data-testid="remaining">
              {plural(preview.remaining, 'caractère restant', 'caractères restants')}
            </span>{' '}
            dans le dernier · {formatNumber(preview.length)} caractères
            {!preview.withinLimit && <strong> · trop long : 10 SMS au plus</strong>}
          </>
        ) : (
          'Tapez votre message : son encodage et son nombre de SMS s’affichent ici.'
        )}
      </div>
      <ErrorNote error={previewError} />
      {preview && preview.nonGsmCharacters.length > 0 && (
        <p class="help">
          Caractères hors de l’alphabet GSM : {preview.nonGsmCharacters.join(' ')} (le message passe en UCS-2,
          70 caractères par SMS).
        </p>
      )}
      {preview?.shortLinks && preview.shortLinks.urls.length > 0 && (
        <p class="help" data-testid="short-link-saving">
          {preview.shortLinks.segmentsWithoutShortLinks === preview.segments
            ? `Liens courts : ${plural(preview.segments, 'SMS', 'SMS')} comme avec les liens tels qu’écrits, et les clics comptés.`
            : `${plural(preview.shortLinks.segmentsWithoutShortLinks, 'SMS', 'SMS')} → ${plural(preview.segments, 'SMS', 'SMS')} avec le lien court.`}
        </p>
      )}
      {preview?.gsmSuggestion && (
        <p class="suggestion">
          En remplaçant {preview.gsmSuggestion.replaced.join(' ')} par des caractères GSM,{' '}
          {preview.gsmSuggestion.savedSegments > 0
            ? `le message tient en ${plural(preview.gsmSuggestion.segments, 'SMS', 'SMS')} au lieu de ${preview.segments}.`
            : 'le message passe en GSM-7 (160 caractères par SMS au lieu de 70).'}{' '}
          <button type="button" onClick={() => preview.gsmSuggestion && onText(preview.gsmSuggestion.text)}>
            Remplacer
          </button>
        </p>
      )}
      {preview && preview.unknownVariables.length > 0 && (
        <p class="help" data-testid="unknown-variables">
          Aucun contact n’a ces champs, ils seront vides (ou leur valeur par défaut, @cle{'{'}défaut{'}'}) :{' '}
          {preview.unknownVariables.join(', ')}.
        </p>
      )}
      {preview && preview.notVariables.length > 0 && (
        <p class="help">Envoyé tel quel (pas une variable) : {preview.notVariables.join(', ')}.</p>
      )}
      {preview && sample?.phone && preview.variables.length > 0 && (
        <div class="sms-preview">
          <p class="help">
            Aperçu pour{' '}
            {sample.name || [sample.firstName, sample.lastName].filter(Boolean).join(' ') || sample.phone} :
          </p>
          <blockquote class="sms">{preview.text}</blockquote>
        </div>
      )}
    </div>
  );
}
