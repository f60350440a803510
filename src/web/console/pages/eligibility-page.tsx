import type { StaffMember } from '../../../app/auth/staff-member.js';
import { type EligibilityRule, INELIGIBILITY_REASONS } from '../../../domain/ccts-eligibility.js';
import { CATEGORIES, CUSTOMER_TYPES, SERVICES } from '../../../domain/complaint.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout, CsrfField } from '../console-layout.js';

/** Blank rows offered under the table, for new rules. */
export const NEW_RULE_ROWS = 3;

/** One row of the form as typed: the outcome is `eligible`, `not:<reason>` or empty (remove). */
export interface EligibilityRow {
  customerType: string;
  service: string;
  category: string;
  outcome: string;
}

export function rowOf(rule: EligibilityRule): EligibilityRow {
  return {
    customerType: rule.customerType ?? '',
    service: rule.service ?? '',
    category: rule.category ?? '',
    outcome: rule.eligible ? 'eligible' : `not:${rule.reason ?? 'other'}`,
  };
}

export interface EligibilityPageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  rows: EligibilityRow[];
  error?: string;
  saved?: boolean;
}

/**
 * The CCTS eligibility table (C10) as an admin edits it: rules in order, the first that matches a
 * complaint decides; "any" matches everything; an empty outcome removes the row.
 */
export function EligibilityPage(props: EligibilityPageProps) {
  const { page, csrf } = props;
  const { t } = page;
  const any = { value: '', label: t('console.eligibility.any') };
  const columns = [
    {
      name: 'customerType',
      label: t('console.eligibility.customerType'),
      options: CUSTOMER_TYPES.map((v) => ({ value: v, label: t(`customerType.${v}`) })),
    },
    {
      name: 'service',
      label: t('console.eligibility.service'),
      options: SERVICES.map((v) => ({ value: v, label: t(`service.${v}`) })),
    },
    {
      name: 'category',
      label: t('console.eligibility.category'),
      options: CATEGORIES.map((v) => ({ value: v, label: t(`category.${v}`) })),
    },
  ] as const;
  const outcomes = [
    { value: '', label: t('console.eligibility.remove') },
    { value: 'eligible', label: t('console.eligibility.eligible') },
    ...INELIGIBILITY_REASONS.map((r) => ({
      value: `not:${r}`,
      label: `${t('console.eligibility.notEligible')}: ${t(`console.eligibility.reason.${r}`)}`,
    })),
  ];
  const rows = [
    ...props.rows,
    ...Array.from({ length: NEW_RULE_ROWS }, () => ({
      customerType: '',
      service: '',
      category: '',
      outcome: '',
    })),
  ];
  return (
    <ConsoleLayout page={page} title={t('console.eligibility.title')} staff={props.staff} csrf={csrf}>
      <h1>{t('console.eligibility.title')}</h1>
      <p>{t('console.eligibility.intro')}</p>
      {props.saved ? (
        <p class="notice" role="status">
          {t('console.case.saved')}
        </p>
      ) : null}
      {props.error ? (
        <p class="notice problem" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/console/admin/eligibility">
        <CsrfField csrf={csrf} />
        <table class="queue">
          <caption class="visually-hidden">{t('console.eligibility.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.eligibility.order')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.name}>
                  {c.label}
                </th>
              ))}
              <th scope="col">{t('console.eligibility.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>
                  <input
                    name={`rule.${i}.order`}
                    inputMode="numeric"
                    size={3}
                    value={String(i + 1)}
                    aria-label={`${t('console.eligibility.order')} ${i + 1}`}
                  />
                </td>
                {columns.map((c) => (
                  <td key={c.name}>
                    <RuleSelect
                      name={`rule.${i}.${c.name}`}
                      label={`${c.label} ${i + 1}`}
                      value={row[c.name]}
                      options={[any, ...c.options]}
                    />
                  </td>
                ))}
                <td>
                  <RuleSelect
                    name={`rule.${i}.outcome`}
                    label={`${t('console.eligibility.outcome')} ${i + 1}`}
                    value={row.outcome}
                    options={outcomes}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">{t('console.admin.save')}</button>
      </form>
    </ConsoleLayout>
  );
}

function RuleSelect(props: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <select name={props.name} aria-label={props.label}>
      {props.options.map((o) => (
        <option key={o.value} value={o.value} selected={o.value === props.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
