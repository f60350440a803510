import { CASE_KINDS, type CaseKind } from '../../domain/case-lifecycle.js';
import { CATEGORIES, CUSTOMER_TYPES, PREFERRED_CONTACTS, SERVICES } from '../../domain/complaint.js';
import { CANADIAN_REGIONS } from '../../domain/region.js';
import { FORM_FIELDS, type FormErrors, type FormField, type FormValues } from '../complaint-form.js';
import { AttachmentsField } from '../components/attachments-field.js';
import { ErrorSummary, RadioGroup, Section, Select, TextArea, TextInput } from '../components/form-fields.js';
import { Layout, type PageContext } from '../components/layout.js';

interface Props {
  page: PageContext;
  kind: CaseKind;
  values: FormValues;
  errors: FormErrors;
}

/** The order errors are listed in: the order of the form. */
const FIELD_ORDER: readonly FormField[] = [...FORM_FIELDS, 'attachments'];

/**
 * The public complaint form (C1–C3, C12). Plain HTML: it posts without JavaScript, and a refused
 * submission comes back as this page with each error next to its field and listed at the top.
 */
export function ComplaintFormPage({ page, kind, values, errors }: Props) {
  const { t } = page;
  const optional = t('field.optional');
  const title = t(`complaintForm.title.${kind}`);
  const listed = FIELD_ORDER.filter((field) => errors[field]).map((field): [string, string] => [
    field,
    errors[field] ?? '',
  ]);
  return (
    <Layout page={page} title={listed.length > 0 ? `${t('validation.summary')} ${title}` : title}>
      <h1>{title}</h1>
      <p>{t('complaintForm.intro')}</p>
      <ErrorSummary title={t('validation.summary')} errors={listed} />
      <form method="post" action="/complaints" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="language" value={page.language} />
        <RadioGroup
          name="kind"
          label={t('field.kind')}
          value={values.kind ?? kind}
          error={errors.kind}
          required
          options={CASE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <Section title={t('complaintForm.section.you')}>
          <TextInput
            name="name"
            label={t('field.name')}
            value={values.name}
            error={errors.name}
            autocomplete="name"
            required
          />
          <TextInput
            name="email"
            type="email"
            label={t('field.email')}
            hint={t('field.email.hint')}
            value={values.email}
            error={errors.email}
            autocomplete="email"
          />
          <TextInput
            name="phone"
            type="tel"
            label={t('field.phone')}
            optionalText={optional}
            value={values.phone}
            error={errors.phone}
            autocomplete="tel"
          />
          <TextArea
            name="postalAddress"
            label={t('field.postalAddress')}
            hint={t('field.postalAddress.hint')}
            rows={3}
            value={values.postalAddress}
            error={errors.postalAddress}
            autocomplete="street-address"
          />
          <TextInput
            name="accountNumber"
            label={t('field.accountNumber')}
            optionalText={optional}
            value={values.accountNumber}
            error={errors.accountNumber}
          />
          <RadioGroup
            name="customerType"
            label={t('field.customerType')}
            value={values.customerType}
            error={errors.customerType}
            required
            options={CUSTOMER_TYPES.map((type) => ({ value: type, label: t(`customerType.${type}`) }))}
          />
          <Select
            name="province"
            label={t('field.region')}
            optionalText={optional}
            placeholder={t('region.choose')}
            value={values.province}
            error={errors.province}
            options={CANADIAN_REGIONS.map((region) => ({ value: region, label: t(`region.${region}`) }))}
          />
        </Section>
        <Section title={t('complaintForm.section.case')}>
          <Select
            name="service"
            label={t('field.service')}
            placeholder={t('region.choose')}
            value={values.service}
            error={errors.service}
            required
            options={SERVICES.map((service) => ({ value: service, label: t(`service.${service}`) }))}
          />
          <Select
            name="category"
            label={t('field.category')}
            placeholder={t('region.choose')}
            value={values.category}
            error={errors.category}
            required
            options={CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))}
          />
          <TextArea
            name="description"
            label={t('field.description')}
            hint={t('field.description.hint')}
            rows={6}
            value={values.description}
            error={errors.description}
            required
          />
          <TextArea
            name="history"
            label={t('field.history')}
            hint={t('field.history.hint')}
            optionalText={optional}
            value={values.history}
            error={errors.history}
          />
          <TextInput
            name="references"
            label={t('field.references')}
            hint={t('field.references.hint')}
            optionalText={optional}
            value={values.references}
            error={errors.references}
          />
          <TextArea
            name="desiredOutcome"
            label={t('field.desiredOutcome')}
            optionalText={optional}
            value={values.desiredOutcome}
            error={errors.desiredOutcome}
          />
          <RadioGroup
            name="preferredContact"
            label={t('field.preferredContact')}
            value={values.preferredContact ?? 'email'}
            error={errors.preferredContact}
            options={PREFERRED_CONTACTS.map((contact) => ({
              value: contact,
              label: t(`contact.${contact}`),
            }))}
          />
          <AttachmentsField t={t} error={errors.attachments} optional={optional} />
        </Section>
        <button type="submit">{t('complaintForm.submit')}</button>
      </form>
    </Layout>
  );
}
