import type { CustomerCaseView } from '../../app/follow/customer-case.js';
import { formatLocalDate } from '../../i18n/format-date.js';
import { isMessageKey } from '../../i18n/index.js';
import { AttachmentsField } from '../components/attachments-field.js';
import { RadioGroup, TextArea, TextInput } from '../components/form-fields.js';
import { Layout, type PageContext } from '../components/layout.js';

/** Step 1: the tracking number and the email on file. */
export function FollowStartPage(props: {
  page: PageContext;
  values: { trackingNumber?: string; email?: string };
  errors: { trackingNumber?: string; email?: string };
  notice?: string;
}) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t('follow.title')}>
      <h1>{t('follow.title')}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{t('follow.intro')}</p>
      <form method="post" action="/follow/code" novalidate>
        <TextInput
          name="trackingNumber"
          label={t('follow.trackingNumber')}
          hint={t('follow.trackingNumber.hint')}
          value={props.values.trackingNumber}
          error={props.errors.trackingNumber}
          autocomplete="off"
          required
        />
        <TextInput
          name="email"
          type="email"
          label={t('follow.email')}
          value={props.values.email}
          error={props.errors.email}
          autocomplete="email"
          required
        />
        <button type="submit">{t('follow.sendCode')}</button>
      </form>
    </Layout>
  );
}

/** Step 2: the code from the email (the same page whether or not the pair was right). */
export function FollowCodePage(props: {
  page: PageContext;
  trackingNumber: string;
  email: string;
  error?: string;
}) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t('follow.title')}>
      <h1>{t('follow.title')}</h1>
      <p class="notice" role="status">
        {t('follow.codeSent')}
      </p>
      <form method="post" action="/follow/open" novalidate>
        <input type="hidden" name="trackingNumber" value={props.trackingNumber} />
        <input type="hidden" name="email" value={props.email} />
        <TextInput
          name="code"
          label={t('follow.code')}
          error={props.error}
          autocomplete="one-time-code"
          required
        />
        <button type="submit">{t('follow.open')}</button>
      </form>
      <p>
        <a href="/follow">{t('follow.askAgain')}</a>
      </p>
    </Layout>
  );
}

/** The customer's case: where it stands, what happened, and what they can do now (C7–C10). */
export function FollowCasePage(props: {
  page: PageContext;
  view: CustomerCaseView;
  csrf: string;
  notice?: string;
  errors?: Record<string, string>;
}) {
  const { page, view, csrf } = props;
  const { t, organisation } = page;
  const errors = props.errors ?? {};
  const date = (value: string) => formatLocalDate(value, page.language);
  const whom =
    view.escalationLevel === 1
      ? t('follow.level.1')
      : t(view.escalationLevel === 2 ? 'msg.level.2' : 'msg.level.3');
  const values = {
    ombudsman: organisation.ombudsman.name,
    website: organisation.ombudsman.website,
    phone: organisation.ombudsman.phone,
  };
  return (
    <Layout page={page} title={t('follow.case.title', { trackingNumber: view.trackingNumber })}>
      <h1>{t('follow.case.title', { trackingNumber: view.trackingNumber })}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <section aria-labelledby="status-title">
        <h2 id="status-title">{t('follow.status')}</h2>
        <p data-testid="status">{t(`follow.status.${view.status}`)}</p>
        {view.expectedResponseBy &&
        !['closed', 'outcome_accepted', 'remedy_carried_out'].includes(view.status) ? (
          <p data-testid="expected">{t('follow.expected', { date: date(view.expectedResponseBy) })}</p>
        ) : null}
        <p>{t('follow.level', { whom })}</p>
      </section>
      {view.ombudsman ? (
        <section aria-labelledby="ombudsman-title" class="tracking" data-testid="ombudsman">
          <h2 id="ombudsman-title">{t('follow.ombudsman.title', { ombudsman: view.ombudsman.name })}</h2>
          <p>{t('follow.ombudsman.body', values)}</p>
          {view.ombudsman.eligibility.eligible ? null : (
            <p data-testid="eligibility">{t(`eligibility.${view.ombudsman.eligibility.reason}`)}</p>
          )}
          <p>
            <a href="/independent-resolution">{t('follow.ombudsman.more')}</a>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="procedure-title">
        <h2 id="procedure-title">{t('follow.procedure')}</h2>
        <ol class="procedure">
          {view.procedure.map((step) => (
            <li key={step}>{t(`procedure.${step}`, values)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('follow.timeline')}</h2>
        <ol class="timeline">
          {view.timeline.map((entry) => {
            const key = `console.event.${entry.type}`;
            const label = isMessageKey(key) ? t(key, { level: String(entry.level ?? '') }) : entry.type;
            const by =
              entry.by === 'you'
                ? t('follow.by.you')
                : entry.role
                  ? `${t('follow.by.us')} (${[entry.firstName, t(`console.role.${entry.role}`)].filter(Boolean).join(', ')})`
                  : t('follow.by.us');
            const text = entry.message && 'text' in entry.message ? entry.message.text : entry.text;
            return (
              <li key={entry.id} class="visible">
                <strong>{label}</strong>
                <div class="meta">
                  {date(entry.occurredAt.slice(0, 10))} — {by}
                </div>
                {text ? <p class="quote">{text}</p> : null}
                {entry.email?.text ? (
                  <details class="stored-message">
                    <summary>{entry.email.subject ?? t('console.message.noSubject')}</summary>
                    <pre class="message-text">{entry.email.text}</pre>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
      {view.can.replyToOutcome ? (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title">{t('follow.reply.title')}</h2>
          <form method="post" action="/follow/case/outcome-reply">
            <input type="hidden" name="_csrf" value={csrf} />
            <RadioGroup
              name="accepted"
              label={t('follow.reply.title')}
              error={errors.accepted}
              options={[
                { value: 'yes', label: t('follow.reply.accept') },
                { value: 'no', label: t('follow.reply.reject') },
              ]}
            />
            <TextArea
              name="comment"
              id="reply-comment"
              label={t('follow.reply.comment')}
              optionalText={t('field.optional')}
            />
            <button type="submit">{t('follow.reply.submit')}</button>
          </form>
        </section>
      ) : null}
      {view.can.escalate ? (
        <section aria-labelledby="escalate-title">
          <h2 id="escalate-title">{t('follow.escalate.title')}</h2>
          <p>{t('follow.escalate.intro')}</p>
          <form method="post" action="/follow/case/escalation">
            <input type="hidden" name="_csrf" value={csrf} />
            <RadioGroup
              name="level"
              value={view.escalationLevel >= 2 ? '3' : '2'}
              label={t('follow.escalate.level')}
              options={[
                ...(view.escalationLevel < 2 ? [{ value: '2', label: t('follow.escalate.level.2') }] : []),
                { value: '3', label: t('follow.escalate.level.3') },
              ]}
            />
            <TextArea name="reason" label={t('follow.escalate.reason')} error={errors.reason} required />
            <button type="submit">{t('follow.escalate.submit')}</button>
          </form>
        </section>
      ) : null}
      {view.can.convertToComplaint ? (
        <section aria-labelledby="convert-title">
          <h2 id="convert-title">{t('follow.convert.title')}</h2>
          <p>{t('follow.convert.intro')}</p>
          <form method="post" action="/follow/case/conversion">
            <input type="hidden" name="_csrf" value={csrf} />
            <TextArea
              name="reason"
              id="convert-reason"
              label={t('follow.convert.reason')}
              optionalText={t('field.optional')}
            />
            <button type="submit">{t('follow.convert.submit')}</button>
          </form>
        </section>
      ) : null}
      {view.can.sendMessage ? (
        <section aria-labelledby="message-title">
          <h2 id="message-title">{t('follow.message.title')}</h2>
          <form method="post" action="/follow/case/message">
            <input type="hidden" name="_csrf" value={csrf} />
            <TextArea name="body" label={t('follow.message.body')} error={errors.body} required />
            <button type="submit">{t('follow.message.send')}</button>
          </form>
        </section>
      ) : null}
      {view.can.sendMessage ? (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">{t('follow.documents.title')}</h2>
          <form method="post" action="/follow/case/documents" enctype="multipart/form-data">
            <input type="hidden" name="_csrf" value={csrf} />
            <AttachmentsField t={t} error={errors.attachments} />
            <button type="submit">{t('follow.documents.submit')}</button>
          </form>
        </section>
      ) : null}
      <form method="post" action="/follow/leave">
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit" class="link-button">
          {t('follow.leave')}
        </button>
      </form>
    </Layout>
  );
}
