import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { OmbudsmanCase } from '../../../app/ombudsman/ombudsman-cases.js';
import { OMBUDSMAN_STAGES } from '../../../domain/ombudsman-case.js';
import { formatLocalDate } from '../../../i18n/format-date.js';
import { Select, TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout, CsrfField, FormOutcome } from '../console-layout.js';

export interface OmbudsmanPageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  cases: OmbudsmanCase[];
  today: string;
  form?: { values: Record<string, string>; errors: Record<string, string> };
  saved?: boolean;
}

/** C10: complaints the ombudsman forwarded — record one, move it on, watch its deadlines. */
export function OmbudsmanPage(props: OmbudsmanPageProps) {
  const { page, csrf } = props;
  const { t } = page;
  const date = (value: string) => formatLocalDate(value, page.language);
  const stages = OMBUDSMAN_STAGES.map((s) => ({ value: s, label: t(`console.ombudsmanStage.${s}`) }));
  const values = props.form?.values ?? {};
  const errors = props.form?.errors ?? {};
  return (
    <ConsoleLayout page={page} title={t('console.ombudsman.title')} staff={props.staff} csrf={csrf}>
      <h1>{t('console.ombudsman.title')}</h1>
      <FormOutcome page={page} saved={props.saved} errors={props.form?.errors} />
      <section aria-labelledby="record-title">
        <h2 id="record-title">{t('console.ombudsman.record')}</h2>
        <form method="post" action="/console/ombudsman" class="form-section">
          <CsrfField csrf={csrf} />
          <TextInput
            name="trackingNumber"
            label={t('console.col.trackingNumber')}
            value={values.trackingNumber}
            error={errors.trackingNumber}
            required
          />
          <TextInput
            name="reference"
            label={t('console.dashboard.reference')}
            value={values.reference}
            error={errors.reference}
            required
          />
          <Select
            name="stage"
            label={t('console.dashboard.stage')}
            value={values.stage ?? 'assessment'}
            options={stages}
          />
          <TextInput
            name="receivedOn"
            type="date"
            label={t('console.ombudsman.receivedOn')}
            value={values.receivedOn ?? props.today}
            error={errors.receivedOn}
            required
          />
          <Select
            name="chargesOnHold"
            label={t('console.dashboard.onHold')}
            value={values.chargesOnHold ?? 'true'}
            options={[
              { value: 'true', label: t('console.dashboard.yes') },
              { value: 'false', label: t('console.dashboard.no') },
            ]}
          />
          <button type="submit">{t('console.ombudsman.recordButton')}</button>
        </form>
      </section>
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t('console.dashboard.ombudsman')}</h2>
        {props.cases.length === 0 ? <p>{t('console.case.none')}</p> : null}
        {props.cases.map((o) => (
          <form
            key={o.reference}
            method="post"
            action={`/console/ombudsman/${encodeURIComponent(o.reference)}`}
            class="action"
            aria-label={o.reference}
          >
            <CsrfField csrf={csrf} />
            <h3>
              {o.reference} — <a href={`/console/cases/${o.trackingNumber}`}>{o.trackingNumber}</a>
            </h3>
            <dl class="facts">
              <dt>{t('console.dashboard.objectionDue')}</dt>
              <dd>{o.objectionAnsweredAt ? t('console.dashboard.done') : date(o.objectionDueOn)}</dd>
              <dt>{t('console.dashboard.reportDue')}</dt>
              <dd>{o.reportedAt ? t('console.dashboard.done') : date(o.reportDueOn)}</dd>
              <dt>{t('console.ombudsman.closed')}</dt>
              <dd>{o.closedAt ? t('console.dashboard.yes') : t('console.dashboard.no')}</dd>
            </dl>
            {o.closedAt ? null : (
              <div class="actions-inline">
                <Select
                  id={`${o.reference}-stage`}
                  name="stage"
                  label={t('console.dashboard.stage')}
                  value={o.stage}
                  options={stages}
                />
                <Select
                  id={`${o.reference}-hold`}
                  name="chargesOnHold"
                  label={t('console.dashboard.onHold')}
                  value={String(o.chargesOnHold)}
                  options={[
                    { value: 'true', label: t('console.dashboard.yes') },
                    { value: 'false', label: t('console.dashboard.no') },
                  ]}
                />
                <Select
                  id={`${o.reference}-step`}
                  name="step"
                  label={t('console.ombudsman.step')}
                  value=""
                  options={[
                    { value: '', label: t('console.ombudsman.step.none') },
                    ...(o.objectionAnsweredAt
                      ? []
                      : [{ value: 'objectionAnswered', label: t('console.ombudsman.step.objection') }]),
                    ...(o.reportedAt
                      ? []
                      : [{ value: 'reported', label: t('console.ombudsman.step.reported') }]),
                    { value: 'closed', label: t('console.ombudsman.step.closed') },
                  ]}
                />
                <button type="submit">{t('console.admin.save')}</button>
              </div>
            )}
          </form>
        ))}
      </section>
    </ConsoleLayout>
  );
}
