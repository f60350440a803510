import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { PolicyDetail } from '../../../app/policies/policies.js';
import { DURATION_UNITS, type Duration } from '../../../domain/policy.js';
import { Select, TextArea, TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout, CsrfField, FormOutcome } from '../console-layout.js';

/** The times an admin adjusts on this page; the API takes the whole rules document. */
export const EDITABLE_TIMES = [
  'investigation',
  'updateInterval',
  'escalationLevel2',
  'escalationLevel3',
  'urgentInvestigation',
  'finalResponseCap',
] as const;
export type EditableTime = (typeof EDITABLE_TIMES)[number];

export function editableTimes(policy: PolicyDetail): Record<EditableTime, Duration | null> {
  const { times, urgent } = policy.rules;
  return {
    investigation: times.investigation,
    updateInterval: times.updateInterval,
    escalationLevel2: times.escalationLevel2,
    escalationLevel3: times.escalationLevel3,
    urgentInvestigation: urgent.times.investigation ?? null,
    finalResponseCap: times.finalResponseCap,
  };
}

export interface PolicyPageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  policies: { id: string; name: string; active: boolean }[];
  policy: PolicyDetail;
  form?: { values: Record<string, string>; errors: Record<string, string> };
  saved?: boolean;
}

/** C6: a policy's times as an admin reads and adjusts them; each save is a new version. */
export function PolicyPage(props: PolicyPageProps) {
  const { page, csrf, policy } = props;
  const { t } = page;
  const current = editableTimes(policy);
  const values = props.form?.values ?? {};
  const errors = props.form?.errors ?? {};
  const units = DURATION_UNITS.map((u) => ({ value: u, label: t(`console.policy.unit.${u}`) }));
  return (
    <ConsoleLayout page={page} title={t('console.policy.title')} staff={props.staff} csrf={csrf}>
      <h1>{t('console.policy.title')}</h1>
      <nav aria-label={t('console.policy.others')}>
        <ul class="views">
          {props.policies.map((p) => (
            <li key={p.id}>
              <a
                href={`/console/admin/policies?id=${p.id}`}
                aria-current={p.id === policy.policyId ? 'page' : undefined}
              >
                {p.name}
                {p.active ? ` (${t('console.policy.inForce')})` : ''}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FormOutcome page={page} saved={props.saved} errors={props.form?.errors} />
      <h2>
        {policy.name} — {t('console.policy.version', { version: String(policy.version) })}
      </h2>
      <form method="post" action={`/console/admin/policies/${policy.policyId}`} class="form-section">
        <CsrfField csrf={csrf} />
        {EDITABLE_TIMES.map((name) => {
          const duration = current[name];
          return (
            <fieldset key={name}>
              <legend>{t(`console.policy.time.${name}`)}</legend>
              <div class="actions-inline">
                <TextInput
                  name={`${name}.amount`}
                  label={t('console.policy.amount')}
                  value={values[`${name}.amount`] ?? (duration ? String(duration.amount) : '')}
                  error={errors[`${name}.amount`]}
                  {...(name === 'finalResponseCap' || name === 'urgentInvestigation'
                    ? { hint: t('console.policy.blankForNone') }
                    : {})}
                />
                <Select
                  name={`${name}.unit`}
                  label={t('console.policy.unit')}
                  value={values[`${name}.unit`] ?? duration?.unit ?? 'business_days'}
                  options={units}
                />
              </div>
            </fieldset>
          );
        })}
        <TextArea
          name="note"
          label={t('console.policy.note')}
          value={values.note}
          error={errors.note}
          required
        />
        <button type="submit">{t('console.policy.save', { version: String(policy.version + 1) })}</button>
      </form>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('console.policy.history')}</h2>
        <ol reversed>
          {policy.history.map((h) => (
            <li key={h.version}>
              {t('console.policy.version', { version: String(h.version) })}: {h.note} — {h.createdBy ?? '—'},{' '}
              {h.createdAt.slice(0, 10)}
            </li>
          ))}
        </ol>
      </section>
    </ConsoleLayout>
  );
}
