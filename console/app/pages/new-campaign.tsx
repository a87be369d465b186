import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ApiError, call, list, newIdempotencyKey } from '../api';
import { ErrorNote, FieldError, Loading, Page, RadioChoices, useLoad } from '../components';
import {
  asContactInput,
  CONTACT_FIELDS,
  type ContactRow,
  contactsOf,
  FIELD_LABEL,
  fieldColumns,
  guessMapping,
  isFieldKey,
  type Mapping,
  pastedContacts,
  readSheet,
  type Sheet,
} from '../csv';
import {
  countryName,
  errorMessage,
  FAILURE_REASON,
  formatMoney,
  formatNumber,
  MESSAGE_STATUS,
  plural,
  SENDER_STATUS,
} from '../french';
import { BACK, go } from '../router';
import {
  browserTimeZone,
  instantOf,
  nextQuarterHour,
  QUARTER_HOURS,
  timeZones,
  WEEKDAY_LABEL,
  WEEKDAYS,
  type Weekday,
  weeklySlot,
} from '../schedule';
import { type SampleContact, TextEditor } from '../text-editor';
import type { Campaign, Estimate, Group, GroupDetails, Preview, Segment, Sender } from '../types';

type CampaignType = Campaign['type'];

/** How the API names the form's fields, in the form's words. */
const LABELS = {
  name: 'Nom',
  contacts: 'Destinataire',
  'contacts.*.phone': 'numéro',
  'contacts.*.name': 'nom',
  groupsIds: 'Groupes',
  text: 'Texte',
  senderId: 'Expéditeur',
  type: 'Type',
  scheduledDate: 'Date d’envoi',
  recurring: 'Jours',
  timezone: 'Fuseau horaire',
};

export function NewCampaignPage() {
  const groups = useLoad(() => list<Group>('/v1/group/list', { count: 100 }), []);
  const segments = useLoad(() => list<Segment>('/v1/segment/list', { count: 100 }), []);
  const [segmentIds, setSegmentIds] = useState<string[]>([]);
  const senders = useLoad(
    () => list<Sender>('/v1/sender/list', { count: 100, orderBy: 'name', sort: 'asc' }),
    [],
  );
  const zone = browserTimeZone();
  const first = nextQuarterHour(zone);

  const [name, setName] = useState('');
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [pasted, setPasted] = useState('');
  const [sheet, setSheet] = useState<{ file: string; sheet: Sheet; mapping: Mapping } | null>(null);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [optOutFooter, setOptOutFooter] = useState(false);
  const [trackLinks, setTrackLinks] = useState(false);
  const [senderId, setSenderId] = useState('');
  const [type, setType] = useState<CampaignType>('SMS');
  const [timezone, setTimezone] = useState(zone);
  const [date, setDate] = useState(first.date);
  const [time, setTime] = useState(first.time);
  const [days, setDays] = useState<Partial<Record<Weekday, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  // One key per form: a click repeated after a lost answer creates one campaign.
  const [idempotencyKey] = useState(newIdempotencyKey);

  const fromPaste = useMemo(() => pastedContacts(pasted), [pasted]);
  const fromSheet = useMemo(() => (sheet ? contactsOf(sheet.sheet, sheet.mapping) : null), [sheet]);
  const contacts: ContactRow[] = useMemo(() => {
    const byPhone = new Map<string, ContactRow>();
    for (const contact of [...fromPaste.contacts, ...(fromSheet?.contacts ?? [])])
      if (!byPhone.has(contact.phone)) byPhone.set(contact.phone, contact);
    return [...byPhone.values()];
  }, [fromPaste, fromSheet]);
  const chosenGroups = (groups.data?.data ?? []).filter((group) => groupIds.includes(group.id));
  const groupMembers = chosenGroups.reduce((sum, group) => sum + group.memberCount, 0);
  const recipients = contacts.length + groupMembers;
  const sender = senders.data?.data.find((candidate) => candidate.id === senderId);
  // The preview and a test render the first recipient's values: a contact given here, else a chosen
  // group's first member, else an example.
  const firstGroup = groupIds[0];
  const firstMember = useLoad(
    async () =>
      firstGroup && !contacts[0]
        ? (await call<GroupDetails>(`/v1/group/${firstGroup}`, { page: 1, count: 1 })).members[0]
        : undefined,
    [firstGroup, Boolean(contacts[0])],
  ).data;
  const sample: SampleContact = contacts[0]
    ? asContactInput(contacts[0])
    : firstMember
      ? {
          phone: firstMember.phone,
          ...(firstMember.name ? { name: firstMember.name } : {}),
          ...(firstMember.firstName ? { firstName: firstMember.firstName } : {}),
          ...(firstMember.lastName ? { lastName: firstMember.lastName } : {}),
          ...(firstMember.sex ? { sex: firstMember.sex } : {}),
          ...(firstMember.fields ? { fields: firstMember.fields } : {}),
        }
      : { phone: '2250700000000', name: 'Awa Koné', sex: 'F' as const };

  // What create is sent, and the estimate before it: the same body.
  const body = {
    ...(name.trim() ? { name: name.trim() } : {}),
    contacts: contacts.map(asContactInput),
    groupsIds: groupIds,
    ...(segmentIds.length ? { segmentIds } : {}),
    text,
    ...(senderId ? { senderId } : {}),
    type,
    timezone,
    optOutFooter,
    ...(trackLinks ? { trackLinks } : {}),
    ...(type === 'SCHEDULED' ? { scheduledDate: instantOf(date, time, timezone) } : {}),
    ...(type === 'RECURRING'
      ? {
          recurring: Object.fromEntries(
            Object.entries(days).map(([day, at]) => [
              day,
              weeklySlot(day as Weekday, at ?? '09:00', timezone),
            ]),
          ),
        }
      : {}),
  };
  const estimate = useEstimate(body, (recipients > 0 || segmentIds.length > 0) && text.trim() !== '');
  // An immediate send the balance cannot cover would be refused: the button says so before the click.
  const refused = type === 'SMS' && estimate.data && !estimate.data.sufficient;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSending(true);
    setError(null);
    try {
      const campaign = await call<Campaign>('/v1/campaign/create', body, { idempotencyKey });
      go(`/campagnes/${campaign.id}`);
    } catch (failure) {
      setError(failure);
      setSending(false);
    }
  };

  return (
    <Page title="Nouvelle campagne" back={BACK.campaigns}>
      <form class="stack" onSubmit={submit} noValidate>
        <div class="field">
          <label for="campaign-name">Nom de la campagne (facultatif)</label>
          <input
            id="campaign-name"
            value={name}
            maxLength={100}
            onInput={(event) => setName(event.currentTarget.value)}
            aria-describedby="name-error"
          />
          <FieldError error={error} path="name" id="name-error" />
        </div>

        <fieldset>
          <legend>Destinataires</legend>
          <h3>Groupes</h3>
          {groups.loading && !groups.data && <Loading />}
          <ErrorNote error={groups.error} />
          {groups.data?.data.length === 0 && (
            <p class="help">
              Aucun groupe. <a href="#/contacts/importer">Importez des contacts</a> pour en créer un.
            </p>
          )}
          <ul class="choices">
            {groups.data?.data.map((group) => (
              <li key={group.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={groupIds.includes(group.id)}
                    onChange={(event) =>
                      setGroupIds(
                        event.currentTarget.checked
                          ? [...groupIds, group.id]
                          : groupIds.filter((id) => id !== group.id),
                      )
                    }
                  />{' '}
                  {group.name} ({plural(group.memberCount, 'membre', 'membres')})
                </label>
              </li>
            ))}
          </ul>
          <FieldError error={error} path="groupsIds" id="groups-error" />
          {(segments.data?.data.length ?? 0) > 0 && (
            <fieldset class="segments">
              <legend>Segments (évalués à chaque envoi)</legend>
              <ul class="choices">
                {segments.data?.data.map((segment) => (
                  <li key={segment.id}>
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={segmentIds.includes(segment.id)}
                        onChange={(event) =>
                          setSegmentIds(
                            event.currentTarget.checked
                              ? [...segmentIds, segment.id]
                              : segmentIds.filter((id) => id !== segment.id),
                          )
                        }
                      />{' '}
                      {segment.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}

          <h3>
            <label for="pasted-phones">Numéros collés</label>
          </h3>
          <textarea
            id="pasted-phones"
            rows={3}
            value={pasted}
            placeholder={'+225 07 01 02 03 04\n221770000000'}
            onInput={(event) => setPasted(event.currentTarget.value)}
            aria-describedby="pasted-help"
          />
          <p class="help" id="pasted-help">
            Un numéro par ligne (ou séparés par des virgules), avec l’indicatif du pays.{' '}
            {pasted.trim() && `${plural(fromPaste.contacts.length, 'numéro valable', 'numéros valables')}.`}
          </p>
          {fromPaste.problems.length > 0 && (
            <ul class="error" role="alert">
              {fromPaste.problems.map((problem) => (
                <li key={problem.line}>
                  Ligne {problem.line} « {problem.value} » : {problem.message}
                </li>
              ))}
            </ul>
          )}

          <h3>
            <label for="campaign-csv">Fichier CSV</label>
          </h3>
          <input
            id="campaign-csv"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              if (!file) return setSheet(null);
              const read = readSheet(await file.text());
              setSheet({ file: file.name, sheet: read, mapping: guessMapping(read) });
            }}
          />
          {sheet && fromSheet && (
            <div class="sheet">
              <ColumnChoice
                sheet={sheet.sheet}
                mapping={sheet.mapping}
                onMapping={(mapping) => setSheet({ ...sheet, mapping })}
              />
              <p class="help">
                {sheet.file} : {plural(fromSheet.contacts.length, 'contact', 'contacts')}
                {fromSheet.duplicates > 0 &&
                  `, ${plural(fromSheet.duplicates, 'doublon ignoré', 'doublons ignorés')}`}
                {fromSheet.problems.length > 0 &&
                  `, ${plural(fromSheet.problems.length, 'ligne refusée', 'lignes refusées')}`}
                .
              </p>
              {fromSheet.problems.length > 0 && (
                <ul class="error">
                  {fromSheet.problems.slice(0, 20).map((problem) => (
                    <li key={problem.line}>
                      Ligne {problem.line} « {problem.value} » : {problem.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <FieldError error={error} path="contacts" id="contacts-error" />
        </fieldset>

        <fieldset>
          <legend>Message</legend>
          <TextEditor
            text={text}
            onText={setText}
            optOutFooter={optOutFooter}
            trackLinks={trackLinks}
            sample={sample}
            error={error}
            onPreview={setPreview}
          />
          <TestSend text={text} senderId={senderId} sample={sample} />
          <label class="check">
            <input
              type="checkbox"
              checked={optOutFooter}
              onChange={(event) => setOptOutFooter(event.currentTarget.checked)}
            />{' '}
            Ajouter la mention de désinscription (« STOP au … »)
          </label>
          <label class="check">
            <input
              type="checkbox"
              data-testid="track-links"
              checked={trackLinks}
              onChange={(event) => setTrackLinks(event.currentTarget.checked)}
            />{' '}
            Raccourcir les liens et compter les clics
          </label>
        </fieldset>

        <fieldset>
          <legend>Expéditeur</legend>
          <label for="campaign-sender">Nom affiché sur le téléphone</label>
          <select
            id="campaign-sender"
            value={senderId}
            onChange={(event) => setSenderId(event.currentTarget.value)}
            aria-describedby="sender-help sender-error"
          >
            <option value="">Expéditeur par défaut de la plateforme</option>
            {senders.data?.data.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name} — {SENDER_STATUS[candidate.status]}
              </option>
            ))}
          </select>
          <p class="help" id="sender-help">
            {sender && sender.status !== 'ACCEPTED'
              ? `${sender.name} n’est pas encore accepté : la campagne partira sous le nom par défaut.`
              : 'Seul un expéditeur accepté par les opérateurs est utilisé. '}
            <a href="#/expediteurs">Demander un expéditeur</a>
          </p>
          <FieldError error={error} path="senderId" id="sender-error" />
        </fieldset>

        <fieldset>
          <legend>Envoi</legend>
          <RadioChoices
            name="type"
            label="Quand envoyer"
            choices={[
              ['SMS', 'Maintenant'],
              ['SCHEDULED', 'À une date'],
              ['RECURRING', 'Chaque semaine'],
            ]}
            value={type}
            onChange={setType}
          />
          {type !== 'SMS' && (
            <div class="field">
              <label for="campaign-zone">Fuseau horaire</label>
              <select
                id="campaign-zone"
                value={timezone}
                onChange={(event) => setTimezone(event.currentTarget.value)}
              >
                {timeZones().map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
              <FieldError error={error} path="timezone" id="zone-error" />
            </div>
          )}
          {type === 'SCHEDULED' && (
            <div class="inline">
              <div class="field">
                <label for="campaign-date">Date</label>
                <input
                  id="campaign-date"
                  type="date"
                  value={date}
                  onInput={(event) => setDate(event.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label for="campaign-time">Heure</label>
                <select
                  id="campaign-time"
                  value={time}
                  onChange={(event) => setTime(event.currentTarget.value)}
                >
                  {QUARTER_HOURS.map((slot) => (
                    <option key={slot}>{slot}</option>
                  ))}
                </select>
              </div>
              <FieldError error={error} path="scheduledDate" id="date-error" />
            </div>
          )}
          {type === 'RECURRING' && (
            <ul class="choices weekdays">
              {WEEKDAYS.map((day) => (
                <li key={day}>
                  <label>
                    <input
                      type="checkbox"
                      checked={days[day] !== undefined}
                      onChange={(event) => {
                        const next = { ...days };
                        if (event.currentTarget.checked) next[day] = '09:00';
                        else delete next[day];
                        setDays(next);
                      }}
                    />{' '}
                    {WEEKDAY_LABEL[day]}
                  </label>
                  {days[day] !== undefined && (
                    <select
                      aria-label={`Heure du ${WEEKDAY_LABEL[day].toLowerCase()}`}
                      value={days[day]}
                      onChange={(event) => setDays({ ...days, [day]: event.currentTarget.value })}
                    >
                      {QUARTER_HOURS.map((slot) => (
                        <option key={slot}>{slot}</option>
                      ))}
                    </select>
                  )}
                </li>
              ))}
              <FieldError error={error} path="recurring" id="recurring-error" />
            </ul>
          )}
        </fieldset>

        <section class="summary" aria-labelledby="summary-title">
          <h2 id="summary-title">Avant l’envoi</h2>
          <p data-testid="summary">
            {plural(recipients, 'destinataire', 'destinataires')}
            {groupMembers > 0 && ' au plus (un numéro présent deux fois ne reçoit qu’un message)'} ×{' '}
            {preview ? plural(preview.segments, 'SMS', 'SMS') : '…'} ={' '}
            <strong>{preview ? plural(recipients * preview.segments, 'segment', 'segments') : '…'}</strong>
            {type === 'RECURRING' && ' à chaque envoi'}.
          </p>
          <p class="help">
            La personnalisation (@nom_complet…) peut allonger certains messages : le coût ci-dessous compte le
            texte de chaque destinataire.
          </p>
          <CostEstimate estimate={estimate} type={type} />
          <ErrorNote error={error} labels={LABELS} />
          <button type="submit" class="primary" disabled={sending || refused}>
            {sending
              ? 'Envoi…'
              : type === 'SMS'
                ? `Envoyer à ${formatNumber(segmentIds.length && estimate.data ? estimate.data.recipients : recipients)} destinataires`
                : type === 'SCHEDULED'
                  ? 'Programmer la campagne'
                  : 'Planifier chaque semaine'}
          </button>
        </section>
      </form>
    </Page>
  );
}

/** One select per field of a contact, naming the sheet's columns by their header and first value. */
interface TestMessage {
  phone: string;
  text: string;
  segments: number;
  status: string;
  reason?: string;
}

/**
 * « Envoyer un test » (the docs' best practice: « Vérifiez vos messages avant envoi »): the text goes now
 * to the phones typed here, rendered with the first recipient's values, charged as any message.
 */
function TestSend({ text, senderId, sample }: { text: string; senderId: string; sample: SampleContact }) {
  const [phones, setPhones] = useState('');
  const [state, setState] = useState<{ sending: boolean; messages?: TestMessage[]; error?: unknown }>({
    sending: false,
  });
  const send = async () => {
    setState({ sending: true });
    try {
      const { phone: _, ...values } = sample;
      const answer = await call<{ messages: TestMessage[] }>(
        '/v1/campaign/test',
        {
          text,
          phones: phones
            .split(/[\n,;]+/)
            .map((phone) => phone.trim())
            .filter(Boolean),
          ...(senderId ? { senderId } : {}),
          contact: values,
        },
        { idempotencyKey: newIdempotencyKey() },
      );
      setState({ sending: false, messages: answer.messages });
    } catch (failure) {
      setState({ sending: false, error: failure });
    }
  };
  return (
    <div class="test-send">
      <div class="field">
        <label for="test-phones">Numéros de test (5 au plus, séparés par des virgules)</label>
        <input
          id="test-phones"
          value={phones}
          inputMode="tel"
          onInput={(event) => setPhones(event.currentTarget.value)}
          aria-describedby="test-help"
        />
        <p class="hint" id="test-help">
          Le message part tout de suite, rendu avec les valeurs du premier destinataire, et il est facturé.
        </p>
      </div>
      <button type="button" disabled={state.sending || !text.trim() || !phones.trim()} onClick={send}>
        {state.sending ? 'Envoi du test…' : 'Envoyer un test'}
      </button>
      <ErrorNote error={state.error} labels={{ phones: 'Numéros de test', text: 'Texte du message' }} />
      {state.messages && (
        <ul data-testid="test-result" aria-live="polite">
          {state.messages.map((message) => (
            <li key={message.phone}>
              {message.phone} :{' '}
              {MESSAGE_STATUS[message.status as keyof typeof MESSAGE_STATUS] ?? message.status}
              {message.reason
                ? ` (${FAILURE_REASON[message.reason as keyof typeof FAILURE_REASON] ?? message.reason})`
                : ''}{' '}
              · {plural(message.segments, 'SMS', 'SMS')} · « {message.text} »
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ColumnChoice({
  sheet,
  mapping,
  onMapping,
}: {
  sheet: Sheet;
  mapping: Mapping;
  onMapping: (mapping: Mapping) => void;
}) {
  const example = sheet.rows[0] ?? [];
  const others = fieldColumns(sheet, mapping);
  const known = useLoad(() => call<{ keys: string[] }>('/v1/segment/fields', {}), []);
  return (
    <>
      <div class="columns">
        {CONTACT_FIELDS.map((field) => (
          <div class="field" key={field}>
            <label for={`column-${field}`}>
              {FIELD_LABEL[field]}
              {field === 'phone' && ' (obligatoire)'}
            </label>
            <select
              id={`column-${field}`}
              value={mapping[field] === undefined ? '' : String(mapping[field])}
              onChange={(event) => {
                const value = event.currentTarget.value;
                const next = { ...mapping };
                if (value === '') delete next[field];
                else next[field] = Number(value);
                onMapping(next);
              }}
            >
              <option value="">— aucune —</option>
              {sheet.header.map((column, index) => (
                <option key={`${index}:${column}`} value={String(index)}>
                  {column || `Colonne ${index + 1}`}
                  {example[index] ? ` (ex. ${example[index]})` : ''}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {others.length > 0 && (
        <fieldset class="field-columns">
          <legend>Autres colonnes : champs des contacts</legend>
          <p class="hint">
            Chaque colonne importée devient un champ du contact, utilisable dans un texte avec @clé (par
            exemple @montant). Laissez la clé vide pour ne pas importer la colonne.
          </p>
          <datalist id="known-field-keys">
            {(known.data?.keys ?? []).map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
          <div class="columns">
            {others.map(({ column, header, key }) => {
              const invalid = key !== null && key !== '' && !isFieldKey(key);
              return (
                <div class="field" key={column}>
                  <label for={`field-column-${column}`}>
                    {header}
                    {example[column] ? ` (ex. ${example[column]})` : ''}
                  </label>
                  <input
                    id={`field-column-${column}`}
                    list="known-field-keys"
                    value={key ?? ''}
                    maxLength={32}
                    aria-invalid={invalid}
                    aria-describedby={invalid ? `field-column-${column}-error` : undefined}
                    onInput={(event) => {
                      const value = event.currentTarget.value.trim();
                      onMapping({ ...mapping, fields: { ...mapping.fields, [column]: value || null } });
                    }}
                  />
                  {invalid && (
                    <p class="error" id={`field-column-${column}-error`}>
                      Clé invalide : une lettre minuscule puis lettres, chiffres ou _ (pas nom, prenom…).
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
    </>
  );
}

/** The estimate of what the form would create, asked again (after a pause) whenever the form changes. */
function useEstimate(body: Record<string, unknown>, ready: boolean) {
  const [state, setState] = useState<{ data?: Estimate; error?: unknown; asking: boolean }>({
    asking: false,
  });
  const asked = JSON.stringify(body);
  useEffect(() => {
    if (!ready) {
      setState({ asking: false });
      return;
    }
    let current = true;
    setState((before) => ({ ...before, asking: true }));
    const timer = setTimeout(async () => {
      try {
        const data = await call<Estimate>('/v1/campaign/estimate', JSON.parse(asked));
        if (current) setState({ data, asking: false });
      } catch (error) {
        if (current) setState({ error, asking: false });
      }
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [asked, ready]);
  return state;
}

/** The cost in money, country by country, and whether the balance covers it, said in French. */
function CostEstimate({
  estimate,
  type,
}: {
  estimate: { data?: Estimate; error?: unknown; asking: boolean };
  type: CampaignType;
}) {
  const { data, error, asking } = estimate;
  if (error) {
    return (error as ApiError).code === 'validation-error' ? (
      <p class="help">Le coût s’affiche dès que les destinataires et le texte conviennent.</p>
    ) : (
      <ErrorNote error={error} />
    );
  }
  if (!data) return asking ? <Loading what="Calcul du coût…" /> : null;
  return (
    <div class="estimate" data-testid="estimate" aria-live="polite">
      <p>
        Coût{type === 'RECURRING' ? ' de chaque envoi' : ''} :{' '}
        <strong data-testid="estimate-cost">
          {data.approximate ? '≈ ' : ''}
          {formatMoney(data.cost)}
        </strong>{' '}
        pour {data.approximate ? 'environ ' : ''}
        {plural(data.segments, 'segment', 'segments')} · disponible : {formatMoney(data.available)}
      </p>
      {data.approximate && (
        <p class="help" data-testid="estimate-approximate">
          Estimation tirée de {plural(data.sampled ?? 0, 'destinataire lu', 'destinataires lus')} au hasard :
          le coût exact est calculé au moment de l’envoi.
        </p>
      )}
      {data.byCountry.length > 0 && (
        <div class="table-wrap">
          <table data-testid="estimate-countries">
            <thead>
              <tr>
                <th scope="col">Pays</th>
                <th scope="col">Destinataires</th>
                <th scope="col">Segments</th>
                <th scope="col">Prix par segment</th>
                <th scope="col">Coût</th>
              </tr>
            </thead>
            <tbody>
              {data.byCountry.map((line) => (
                <tr key={line.country}>
                  <td>{countryName(line.country)}</td>
                  <td class="amount">{formatNumber(line.recipients)}</td>
                  <td class="amount">{formatNumber(line.segments)}</td>
                  <td class="amount">{formatMoney(line.price)}</td>
                  <td class="amount">{formatMoney(line.cost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.unpriced.length > 0 && (
        <p class="help">
          {data.approximate ? 'Parmi les destinataires lus, ' : ''}
          {plural(data.unpriced.length, 'numéro', 'numéros')} vers un pays sans tarif (
          {[...new Set(data.unpriced.map((line) => countryName(line.country)))].join(', ')}) : non envoyés,
          non facturés.
        </p>
      )}
      {data.optedOut > 0 && (
        <p class="help">
          {plural(data.optedOut, 'destinataire désinscrit', 'destinataires désinscrits')} (STOP) : non
          envoyés, non facturés.
        </p>
      )}
      {!data.sufficient && (
        <p class="error insufficient" role="alert" data-testid="estimate-refusal">
          {errorMessage({ code: data.reason ?? 'insufficient-balance' })}{' '}
          {type === 'SMS'
            ? 'L’envoi immédiat n’est pas possible.'
            : 'Si rien ne change d’ici là, l’envoi échouera à son heure, sans rien envoyer.'}{' '}
          <a href="#/solde">Voir le solde</a>
        </p>
      )}
    </div>
  );
}
