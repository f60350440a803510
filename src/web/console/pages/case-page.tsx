import { may } from '../../../domain/permissions.js';
import { formatLocalDate } from '../../../i18n/format-date.js';
import { LANGUAGE_NAMES } from '../../../i18n/index.js';
import { ConsoleLayout } from '../console-layout.js';
import { ActionForm } from './case-action-form.js';
import { ContactDetailsForm, IdentityForms } from './case-customer-forms.js';
import type { CasePageProps } from './case-page-props.js';
import { CaseTimeline } from './case-timeline.js';

export type { CasePageProps, ReturnedForm } from './case-page-props.js';

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
          {props.notice.detail ? <p>{props.notice.detail}</p> : null}
          <FormErrorList form={props.form} />
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
      {file.delayNoticeDue ? (
        <div class="notice problem" role="alert" data-testid="delay-task">
          <p>{t('console.delay.task', { date: date(file.delayNoticeDue) })}</p>
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
                  {file.attachments.map((a) => {
                    const href = `/api/v1/cases/${encodeURIComponent(file.trackingNumber)}/documents/${a.id}`;
                    return (
                      <li key={a.id} class="document">
                        {a.mediaType.startsWith('image/') ? (
                          <img src={href} alt="" width={96} height={96} loading="lazy" class="thumbnail" />
                        ) : null}
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {a.fileName}
                        </a>{' '}
                        <span class="meta">
                          ({a.mediaType}, {Math.max(1, Math.round(a.sizeBytes / 1024))} KB)
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : null}
          </section>
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('console.case.timeline')}</h2>
            {may(props.staff.role, 'case.export') ? (
              <p>
                <a href={`/api/v1/cases/${file.trackingNumber}/case-file?format=pdf`}>
                  {t('console.case.export')}
                </a>
              </p>
            ) : null}
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

/**
 * Every field's error, also where its form is not on the page (a step the case no longer offers,
 * or the version a stale page sent): each links to its field where there is one.
 */
function FormErrorList({ form }: { form: CasePageProps['form'] }) {
  const errors = Object.entries(form?.errors ?? {});
  if (!form || errors.length === 0) return null;
  return (
    <ul>
      {errors.map(([name, message]) => (
        <li key={name}>
          <a href={`#field-${form.action}-${name}`}>{message}</a>
        </li>
      ))}
    </ul>
  );
}
