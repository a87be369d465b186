/** Dates as segments compare them: a condition's value and a contact field's. */
const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * A date as contacts' fields hold them (`2026-06-30`, an instant, or `30/06/2026`), as milliseconds;
 * undefined for anything else, a day that does not exist (`31/02/2026`) included.
 */
export function instantOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const french = FRENCH_DATE.exec(text);
  const iso = french ? `${french[3]}-${french[2]}-${french[1]}` : text;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(iso)?.[1];
  if (!day) return undefined;
  const parsed = Date.parse(iso);
  // Date.parse rolls 31/02 over to March: a day that is not on the calendar is no date.
  if (Number.isNaN(parsed) || new Date(Date.parse(day)).toISOString().slice(0, 10) !== day) return undefined;
  return parsed;
}
