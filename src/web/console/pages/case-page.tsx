import type { ComponentChildren } from 'preact';
import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { CaseFile, TimelineEntry } from '../../../app/casework/case-file.js';
import { CONTACT_CHANNELS } from '../../../app/casework/log-contact.js';
import type { CaseAction } from '../../../domain/case-actions.js';
import { PREFERRED_CONTACTS } from '../../../domain/complaint.js';
import type { CustomerDetails } from '../../../domain/personal-data.js';
import { formatLocalDate } from '../../../i18n/format-date.js';
import { LANGUAGE_NAMES } from '../../../i18n/index.js';
import type { MessageWords } from '../../../notify/customer-message-text.js';
import { RadioGroup, Select, TextArea, TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout, CsrfField } from '../console-layout.js';
import { CaseTimeline } from './case-timeline.js';

/** A form that came back: which one, what was typed, what was wrong. */
export interface ReturnedForm {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

export interface CasePageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  file: CaseFile;
  /** The customer's details unmasked: only after this person's passed identity check (C4). */
  customer?: CustomerDetails;
  colleagues: { id: string; displayName: string }[];
  timeZone: string;
  notice?: { kind: 'saved' | 'problem' | 'conflict'; text: string; eventsSince?: TimelineEntry[] };
  form?: ReturnedForm;
  preview?: MessageWords;
  /** The letter to print, after a message went by post. */
  letterEventId?: number;
}

/** The case page: what happened, the customer (masked until checked), the timeline and every next step. */
export function CasePage(props: CasePageProps) {
  const { page, file } = props;
  const { t } = page;
  const date = (value: string | null) =>
    value ? formatLocalDate(value, page.language) : t('console.case.none');
  const shown = props.customer ?? file.customer;
  return (
    <ConsoleLayout
      page={page}
      title={t('console.case.title', { trackingNumber: file.trackingNumber })}
      staff={props.staff}
      csrf={props.csrf}
    >
      <h1>{t('console.case.title', { trackingNumber: file.trackingNumber })}</h1>
      {props.notice ? (
        <div
          class={props.notice.kind === 'saved' ? 'notice' : 'notice problem'}
          role={props.notice.kind === 'saved' ? 'status' : 'alert'}
        >
          <p>{props.notice.text}</p>
          {props.notice.eventsSince && props.notice.eventsSince.length > 0 ? (
            <CaseTimeline page={page} entries={props.notice.eventsSince} timeZone={props.timeZone} />
          ) : null}
          {props.letterEventId ? (
            <p>
              <a href={`/api/v1/cases/${file.trackingNumber}/letters/${props.letterEventId}`}>
                {t('console.message.printLetter')}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      <div class="case-grid">
        <div>
          <section aria-labelledby="summary-title">
            <h2 id="summary-title">{t('console.case.summary')}</h2>
            <dl class="facts">
              <dt>{t('console.col.status')}</dt>
              <dd>{t(`console.status.${file.status}`)}</dd>
              <dt>{t('console.col.kind')}</dt>
              <dd>{t(`console.kind.${file.kind}`)}</dd>
              <dt>{t('console.case.level')}</dt>
              <dd>{file.escalationLevel}</dd>
              <dt>{t('console.case.received')}</dt>
              <dd>
                {date(file.receivedAt.slice(0, 10))} — {t(`console.channel.${file.channel as 'web'}`)}
              </dd>
              <dt>{t('console.case.expected')}</dt>
              <dd>{date(file.expectedResponseBy)}</dd>
              <dt>{t('console.case.nextUpdate')}</dt>
              <dd>{date(file.nextUpdateBy)}</dd>
              <dt>{t('console.case.owner')}</dt>
              <dd>{file.owner?.displayName ?? t('console.unassigned')}</dd>
              <dt>{t('console.case.team')}</dt>
              <dd>{file.team?.name ?? t('console.case.none')}</dd>
              <dt>{t('console.case.language')}</dt>
              <dd>{LANGUAGE_NAMES[file.language]}</dd>
              <dt>{t('console.case.version')}</dt>
              <dd>{file.version}</dd>
            </dl>
            <h3>{t('console.case.what')}</h3>
            <p class="quote">{file.description}</p>
            {file.history ? (
              <>
                <h3>{t('console.case.history')}</h3>
                <p class="quote">{file.history}</p>
              </>
            ) : null}
            {file.desiredOutcome ? (
              <>
                <h3>{t('console.case.wants')}</h3>
                <p class="quote">{file.desiredOutcome}</p>
              </>
            ) : null}
            {file.references.length > 0 ? (
              <>
                <h3>{t('console.case.references')}</h3>
                <ul>
                  {file.references.map((r) => (
                    <li key={r.reference}>
                      {r.trackingNumber ? (
                        <a href={`/console/cases/${r.trackingNumber}`}>{r.reference}</a>
                      ) : (
                        r.reference
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {file.attachments.length > 0 ? (
              <>
                <h3>{t('console.case.attachments')}</h3>
                <ul>
                  {file.attachments.map((a) => (
                    <li key={a.id}>{a.fileName}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('console.case.timeline')}</h2>
            <CaseTimeline page={page} entries={file.timeline} timeZone={props.timeZone} />
          </section>
        </div>
        <div>
          <section aria-labelledby="customer-title">
            <h2 id="customer-title">{t('console.case.customer')}</h2>
            <p class={props.customer ? 'notice' : 'hint'}>
              {props.customer && file.identityVerifiedUntil
                ? t('console.case.verifiedUntil', {
                    time: new Intl.DateTimeFormat(`${page.language}-CA`, {
                      timeStyle: 'short',
                      timeZone: props.timeZone,
                    }).format(new Date(file.identityVerifiedUntil)),
                  })
                : t('console.case.masked')}
            </p>
            <dl class="facts">
              <dt>{t('field.name')}</dt>
              <dd>{shown.name}</dd>
              <dt>{t('field.email')}</dt>
              <dd>{shown.email ?? '—'}</dd>
              <dt>{t('field.phone')}</dt>
              <dd>{shown.phone ?? '—'}</dd>
              <dt>{t('field.accountNumber')}</dt>
              <dd>{shown.accountNumber ?? '—'}</dd>
              <dt>{t('field.postalAddress')}</dt>
              <dd>{shown.postalAddress ?? '—'}</dd>
              <dt>{t('field.customerType')}</dt>
              <dd>{file.customer.type ? t(`customerType.${file.customer.type}`) : '—'}</dd>
              <dt>{t('field.region')}</dt>
              <dd>{file.customer.region ? t(`region.${file.customer.region}`) : '—'}</dd>
            </dl>
            {file.actions.includes('check_identity') ? <IdentityForms {...props} /> : null}
            {props.customer ? <ContactDetailsForm {...props} /> : null}
          </section>
          <section aria-labelledby="actions-title">
            <h2 id="actions-title">{t('console.case.actions')}</h2>
            {file.actions
              .filter((a) => a !== 'check_identity')
              .map((action) => (
                <ActionForm key={action} action={action} props={props} />
              ))}
          </section>
        </div>
      </div>
    </ConsoleLayout>
  );
}

function CaseForm(props: {
  trackingNumber: string;
  action: string;
  version: number;
  csrf: string;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={`/console/cases/${props.trackingNumber}/${props.action}`}>
      <CsrfField csrf={props.csrf} />
      <input type="hidden" name="version" value={String(props.version)} />
      {props.children}
    </form>
  );
}

/** The form's value and error, when this form came back. */
function returned(props: CasePageProps, action: string) {
  const form = props.form?.action === action ? props.form : undefined;
  return {
    value: (name: string) => form?.values[name],
    error: (name: string) => form?.errors[name],
    open: !!form,
  };
}

function IdentityForms(props: CasePageProps) {
  const { t } = props.page;
  const back = returned(props, 'identity');
  const code = returned(props, 'identity-code-check');
  return (
    <details class="action" open={back.open || code.open || props.form?.action === 'identity-code'}>
      <summary>{t('console.identity.title')}</summary>
      <CaseForm
        trackingNumber={props.file.trackingNumber}
        action="identity"
        version={props.file.version}
        csrf={props.csrf}
      >
        <Select
          id="identity-method"
          name="method"
          label={t('console.identity.method')}
          value={back.value('method')}
          options={(['account_pin', 'security_question'] as const).map((m) => ({
            value: m,
            label: t(`console.identity.method.${m}`),
          }))}
        />
        <RadioGroup
          id="identity-result"
          name="result"
          label={t('console.identity.result')}
          value={back.value('result')}
          error={back.error('result')}
          options={[
            { value: 'passed', label: t('console.identity.passed') },
            { value: 'failed', label: t('console.identity.failed') },
          ]}
        />
        <button type="submit">{t('console.identity.record')}</button>
      </CaseForm>
      {props.file.customer.email ? (
        <>
          <CaseForm
            trackingNumber={props.file.trackingNumber}
            action="identity-code"
            version={props.file.version}
            csrf={props.csrf}
          >
            <button type="submit">{t('console.identity.sendCode')}</button>
          </CaseForm>
          <CaseForm
            trackingNumber={props.file.trackingNumber}
            action="identity-code-check"
            version={props.file.version}
            csrf={props.csrf}
          >
            <TextInput
              id="identity-code"
              name="code"
              label={t('console.identity.code')}
              value={code.value('code')}
              error={code.error('code')}
              autocomplete="one-time-code"
            />
            <button type="submit">{t('console.identity.verify')}</button>
          </CaseForm>
        </>
      ) : null}
    </details>
  );
}

function ContactDetailsForm(props: CasePageProps) {
  const { t } = props.page;
  const back = returned(props, 'contact-details');
  const customer = props.customer;
  return (
    <details class="action" open={back.open}>
      <summary>{t('console.contactDetails.title')}</summary>
      <CaseForm
        trackingNumber={props.file.trackingNumber}
        action="contact-details"
        version={props.file.version}
        csrf={props.csrf}
      >
        <TextInput
          id="cd-email"
          name="email"
          type="email"
          label={t('field.email')}
          value={back.value('email') ?? customer?.email ?? ''}
          error={back.error('email')}
        />
        <TextInput
          id="cd-phone"
          name="phone"
          type="tel"
          label={t('field.phone')}
          value={back.value('phone') ?? customer?.phone ?? ''}
          error={back.error('phone')}
        />
        <TextArea
          id="cd-postalAddress"
          name="postalAddress"
          label={t('field.postalAddress')}
          rows={3}
          value={back.value('postalAddress') ?? customer?.postalAddress ?? ''}
          error={back.error('postalAddress')}
        />
        <Select
          id="cd-preferredContact"
          name="preferredContact"
          label={t('field.preferredContact')}
          value={back.value('preferredContact') ?? props.file.customer.preferredContact ?? 'email'}
          options={PREFERRED_CONTACTS.map((c) => ({ value: c, label: t(`contact.${c}`) }))}
        />
        <button type="submit">{t('console.contactDetails.submit')}</button>
      </CaseForm>
    </details>
  );
}

/** One next step, as a disclosure with its form; steps without fields are one button. */
function ActionForm({ action, props }: { action: CaseAction; props: CasePageProps }) {
  const { t } = props.page;
  const { file, csrf } = props;
  const back = returned(props, action);
  const label = t(`console.action.${action}`);
  const form = (children: ComponentChildren) => (
    <CaseForm trackingNumber={file.trackingNumber} action={action} version={file.version} csrf={csrf}>
      {children}
    </CaseForm>
  );
  const submit = <button type="submit">{label}</button>;
  const id = (name: string) => `${action}-${name}`;
  const field = (name: string) => ({ id: id(name), name, value: back.value(name), error: back.error(name) });
  const disclosure = (children: ComponentChildren) => (
    <details class="action" open={back.open}>
      <summary>{label}</summary>
      {form(children)}
    </details>
  );
  switch (action) {
    case 'take':
    case 'start_investigation':
    case 'take_escalation':
    case 'close':
      return <div class="action">{form(submit)}</div>;
    case 'assign':
      return disclosure(
        <>
          <Select
            {...field('ownerId')}
            label={t('console.assign.owner')}
            placeholder={t('console.assign.nobody')}
            options={props.colleagues.map((c) => ({ value: c.id, label: c.displayName }))}
          />
          {submit}
        </>,
      );
    case 'log_contact':
      return disclosure(
        <>
          <Select
            {...field('channel')}
            label={t('console.contact.channel')}
            options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`console.channel.${c}`) }))}
          />
          <RadioGroup
            {...field('direction')}
            value={back.value('direction') ?? 'inbound'}
            label={t('console.contact.direction')}
            options={[
              { value: 'inbound', label: t('console.contact.inbound') },
              { value: 'outbound', label: t('console.contact.outbound') },
            ]}
          />
          <TextArea {...field('summary')} label={t('console.contact.summary')} required />
          <TextInput
            {...field('nextUpdateBy')}
            type="date"
            label={t('console.contact.nextUpdateBy')}
            optionalText={t('field.optional')}
          />
          {submit}
        </>,
      );
    case 'add_note':
      return disclosure(
        <>
          <TextArea {...field('text')} label={t('console.note.text')} required />
          {submit}
        </>,
      );
    case 'send_message':
      return (
        <details class="action" open={back.open || !!props.preview}>
          <summary>{label}</summary>
          {form(
            <>
              <Select
                {...field('template')}
                label={t('console.message.template')}
                options={(['progress_update', 'information_request'] as const).map((m) => ({
                  value: m,
                  label: t(`console.message.template.${m}`),
                }))}
              />
              <TextArea {...field('text')} label={t('console.message.text')} required rows={6} />
              <Select
                {...field('medium')}
                label={t('console.message.medium')}
                placeholder={t('console.message.medium.default')}
                options={(['email', 'letter'] as const).map((m) => ({
                  value: m,
                  label: t(`console.message.medium.${m}`),
                }))}
              />
              <TextInput
                {...field('nextUpdateBy')}
                type="date"
                label={t('console.contact.nextUpdateBy')}
                optionalText={t('field.optional')}
              />
              {props.preview ? (
                <section aria-labelledby="preview-title" class="preview">
                  <h3 id="preview-title">{t('console.message.previewTitle')}</h3>
                  <p>
                    <strong>{props.preview.subject}</strong>
                  </p>
                  <p>{props.preview.greeting}</p>
                  {props.preview.paragraphs.map((p, index) => (
                    <p key={`preview-${index}`}>{p}</p>
                  ))}
                  <p>{props.preview.signature}</p>
                </section>
              ) : null}
              <div class="actions-inline">
                <button type="submit" name="intent" value="preview">
                  {t('console.message.preview')}
                </button>
                <button type="submit" name="intent" value="send">
                  {t('console.message.send')}
                </button>
              </div>
            </>,
          )}
        </details>
      );
    case 'give_outcome':
    case 'give_final_response':
      return disclosure(
        <>
          <TextArea {...field('text')} label={t('console.outcome.text')} required rows={6} />
          <TextArea {...field('remedy')} label={t('console.outcome.remedy')} rows={2} />
          {submit}
        </>,
      );
    case 'record_outcome_reply':
      return disclosure(
        <>
          <RadioGroup
            {...field('accepted')}
            label={t('console.reply.answer')}
            options={[
              { value: 'yes', label: t('console.reply.accepted') },
              { value: 'no', label: t('console.reply.rejected') },
            ]}
          />
          <TextArea
            {...field('customerWords')}
            label={t('console.reply.words')}
            optionalText={t('field.optional')}
          />
          {submit}
        </>,
      );
    case 'request_escalation':
      return disclosure(
        <>
          <TextArea {...field('customerWords')} label={t('console.escalation.words')} required />
          <Select
            {...field('requestedVia')}
            label={t('console.escalation.via')}
            options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`console.channel.${c}`) }))}
          />
          <RadioGroup
            {...field('level')}
            value={back.value('level') ?? 'next'}
            label={t('console.escalation.level')}
            options={[
              { value: 'next', label: t('console.escalation.level.next') },
              { value: '3', label: t('console.escalation.level.3') },
            ]}
          />
          {submit}
        </>,
      );
    case 'record_remedy':
      return disclosure(
        <>
          <TextInput {...field('carriedOutOn')} type="date" label={t('console.remedy.date')} required />
          <TextArea {...field('text')} label={t('console.remedy.text')} required />
          {submit}
        </>,
      );
    case 'convert_to_complaint':
      return disclosure(
        <>
          <TextArea
            {...field('reason')}
            label={t('console.convert.reason')}
            optionalText={t('field.optional')}
          />
          {submit}
        </>,
      );
    default:
      return null;
  }
}
