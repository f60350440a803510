import type { StaffMember } from '../../../app/auth/staff-member.js';
import { CASE_KINDS } from '../../../domain/case-lifecycle.js';
import {
  CATEGORIES,
  CUSTOMER_TYPES,
  PREFERRED_CONTACTS,
  SERVICES,
  URGENT_REASONS,
} from '../../../domain/complaint.js';
import { LANGUAGES } from '../../../domain/language.js';
import { CANADIAN_REGIONS } from '../../../domain/region.js';
import { LANGUAGE_NAMES } from '../../../i18n/index.js';
import { ErrorSummary, RadioGroup, Select, TextArea, TextInput } from '../../components/form-fields.js';
import type { PageContext } from '../../components/layout.js';
import { ConsoleLayout, CsrfField } from '../console-layout.js';

/** The channels an advisor records from (the web form records itself). */
export const STAFF_CHANNELS = ['phone', 'letter', 'chat', 'email', 'support_case'] as const;

export interface NewCasePageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

/** An advisor records a case from a call, letter, chat, email or support case (C2b–c, C5). */
export function NewCasePage({ page, staff, csrf, values, errors }: NewCasePageProps) {
  const { t } = page;
  const optional = t('field.optional');
  const field = (name: string) => ({ name, value: values[name], error: errors[name] });
  const summary = Object.entries(errors).map(([name, message]): [string, string] => [name, message]);
  return (
    <ConsoleLayout page={page} title={t('console.newCase.title')} staff={staff} csrf={csrf}>
      <h1>{t('console.newCase.title')}</h1>
      <ErrorSummary title={t('validation.summary')} errors={summary} />
      <form method="post" action="/console/cases/new">
        <CsrfField csrf={csrf} />
        <RadioGroup
          {...field('kind')}
          value={values.kind ?? 'complaint'}
          label={t('console.newCase.kind')}
          options={CASE_KINDS.map((k) => ({ value: k, label: t(`console.kind.${k}`) }))}
        />
        <Select
          {...field('channel')}
          label={t('console.newCase.channel')}
          options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`console.channel.${c}`) }))}
        />
        <TextInput
          {...field('receivedAt')}
          type="date"
          label={t('console.newCase.receivedAt')}
          optionalText={optional}
        />
        <Select
          {...field('caseLanguage')}
          value={values.caseLanguage ?? page.language}
          label={t('console.case.language')}
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <TextInput {...field('name')} label={t('console.newCase.customerName')} required />
        <TextInput {...field('email')} type="email" label={t('field.email')} hint={t('field.email.hint')} />
        <TextInput {...field('phone')} type="tel" label={t('field.phone')} optionalText={optional} />
        <TextArea
          {...field('postalAddress')}
          rows={3}
          label={t('field.postalAddress')}
          hint={t('field.postalAddress.hint')}
        />
        <TextInput {...field('accountNumber')} label={t('field.accountNumber')} optionalText={optional} />
        <Select
          {...field('customerType')}
          label={t('field.customerType')}
          placeholder={t('region.choose')}
          options={CUSTOMER_TYPES.map((c) => ({ value: c, label: t(`customerType.${c}`) }))}
          required
        />
        <Select
          {...field('province')}
          label={t('field.region')}
          placeholder={t('region.choose')}
          optionalText={optional}
          options={CANADIAN_REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
        />
        <Select
          {...field('service')}
          label={t('field.service')}
          placeholder={t('region.choose')}
          options={SERVICES.map((s) => ({ value: s, label: t(`service.${s}`) }))}
          required
        />
        <Select
          {...field('category')}
          label={t('field.category')}
          placeholder={t('region.choose')}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          required
        />
        <Select
          {...field('urgentReason')}
          label={t('console.newCase.urgent')}
          placeholder={t('console.newCase.notUrgent')}
          optionalText={optional}
          options={URGENT_REASONS.map((r) => ({ value: r, label: t(`console.urgent.${r}`) }))}
        />
        <TextArea {...field('description')} rows={6} label={t('console.case.what')} required />
        <TextArea {...field('history')} rows={3} label={t('console.case.history')} optionalText={optional} />
        <TextInput
          {...field('references')}
          label={t('field.references')}
          hint={t('field.references.hint')}
          optionalText={optional}
        />
        <TextArea
          {...field('desiredOutcome')}
          rows={3}
          label={t('console.case.wants')}
          optionalText={optional}
        />
        <Select
          {...field('preferredContact')}
          value={values.preferredContact ?? 'email'}
          label={t('field.preferredContact')}
          options={PREFERRED_CONTACTS.map((c) => ({ value: c, label: t(`contact.${c}`) }))}
        />
        <TextArea
          {...field('firstContactSummary')}
          rows={3}
          label={t('console.newCase.firstContactSummary')}
          optionalText={optional}
        />
        <button type="submit">{t('console.newCase.submit')}</button>
      </form>
    </ConsoleLayout>
  );
}
