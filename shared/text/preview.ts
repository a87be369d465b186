import * as z from 'zod';
import { measuredForm } from '../links/short-links';
import { findUrls } from '../links/urls';
import { withFooter } from '../opt-outs/footer';
import { renderText, unknownVariables, variablesIn } from './render';
import { contactFieldsSchema, messageTextSchema } from './schema';
import { analyseText, MAX_SEGMENTS, measureText, type TextAnalysis } from './segments';
import { toGsmLookalikes } from './suggest';

export const previewInput = z.strictObject({
  text: messageTextSchema,
  contact: contactFieldsSchema.partial({ phone: true }).optional(),
  /** As a campaign with `optOutFooter: true` would send it. */
  optOutFooter: z.boolean().default(false),
  /** As a campaign with `trackLinks: true` would send it: each link in its short form. */
  trackLinks: z.boolean().default(false),
});
export type PreviewInput = z.infer<typeof previewInput>;

export interface Preview extends TextAnalysis {
  /** The text as this contact would receive it (the text as written when no contact is given). */
  text: string;
  /** Whether it fits the 10 segments a campaign may use. */
  withinLimit: boolean;
  maxSegments: number;
  /** Variables the text uses (built-ins and contact fields, `@montant`). */
  variables: string[];
  /** `@key`s no contact of the account has as a field: each renders empty (or its `{default}`). */
  unknownVariables: string[];
  /** `@words` that cannot be variables (`@Orange`): sent as written. */
  notVariables: string[];
  /** For a UCS-2 text: the same text with typographic look-alikes in GSM-7, and what that saves. Never applied unless asked. */
  gsmSuggestion: {
    text: string;
    encoding: string;
    segments: number;
    savedSegments: number;
    replaced: string[];
  } | null;
  /** With `trackLinks`: the links found, and the segments the text would take with them as written. */
  shortLinks: { urls: string[]; segmentsWithoutShortLinks: number } | null;
}

/**
 * `footer`: the opt-out line, added when the input asks for it; `fieldKeys`: the keys of the fields the
 * account's contacts have.
 */
export function previewText(
  input: PreviewInput,
  footer?: string,
  fieldKeys: readonly string[] = [],
  /** Where short links are served: with `trackLinks`, the text is measured in its short form. */
  linkBase?: string,
): Preview {
  const base = input.trackLinks ? linkBase : undefined;
  const mentions = unknownVariables(input.text, new Set(fieldKeys));
  const line = input.optOutFooter ? footer : undefined;
  const render = (text: string) => {
    const full = withFooter(text, line);
    return measuredForm(input.contact ? renderText(full, input.contact) : full, base);
  };
  const rendered = render(input.text);
  const asWritten = withFooter(input.contact ? renderText(input.text, input.contact) : input.text, line);
  const analysis = analyseText(rendered);
  return {
    text: rendered,
    ...analysis,
    withinLimit: analysis.segments <= MAX_SEGMENTS,
    maxSegments: MAX_SEGMENTS,
    variables: variablesIn(input.text),
    unknownVariables: mentions.unknown,
    notVariables: mentions.notVariables,
    gsmSuggestion: analysis.encoding === 'UCS-2' ? suggest(input.text, render, analysis.segments) : null,
    shortLinks:
      base === undefined
        ? null
        : {
            urls: [...new Set(findUrls(asWritten).map((found) => found.url))],
            segmentsWithoutShortLinks: measureText(asWritten).segments,
          },
  };
}

function suggest(text: string, render: (text: string) => string, segments: number): Preview['gsmSuggestion'] {
  const suggestion = toGsmLookalikes(text);
  if (!suggestion.replaced.length) return null;
  const measure = measureText(render(suggestion.text));
  return {
    text: suggestion.text,
    encoding: measure.encoding,
    segments: measure.segments,
    savedSegments: segments - measure.segments,
    replaced: suggestion.replaced,
  };
}
