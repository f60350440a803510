import { PREFERRED_CONTACTS } from '../../../domain/complaint.js';
import { RadioGroup, Select, TextArea, TextInput } from '../../components/form-fields.js';
import { CaseForm, returned } from './case-forms.js';
import type { CasePageProps } from './case-page-props.js';

export function IdentityForms(props: CasePageProps) {
  const { t } = props.page;
  // Both forms record an identity check; the method says which of them came back.
  const byCode = props.form?.values.method === 'one_time_code';
  const back = returned(props, byCode ? '' : 'check_identity');
  const code = returned(props, byCode ? 'check_identity' : '');
  return (
    <details class="action" open={back.open || code.open || props.form?.action === 'send_identity_code'}>
      <summary>{t('console.identity.title')}</summary>
      <CaseForm
        trackingNumber={props.file.trackingNumber}
        action="check_identity"
        version={props.file.version}
        csrf={props.csrf}
      >
        <Select
          id="check_identity-method"
          name="method"
          label={t('console.identity.method')}
          value={back.value('method')}
          options={(['account_pin', 'security_question'] as const).map((m) => ({
            value: m,
            label: t(`console.identity.method.${m}`),
          }))}
        />
        <RadioGroup
          id="check_identity-result"
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
            action="send_identity_code"
            version={props.file.version}
            csrf={props.csrf}
          >
            <button type="submit">{t('console.identity.sendCode')}</button>
          </CaseForm>
          <CaseForm
            trackingNumber={props.file.trackingNumber}
            action="check_identity"
            version={props.file.version}
            csrf={props.csrf}
          >
            <input type="hidden" name="method" value="one_time_code" />
            <TextInput
              id="check_identity-code"
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

export function ContactDetailsForm(props: CasePageProps) {
  const { t } = props.page;
  const back = returned(props, 'change_contact_details');
  const customer = props.customer;
  return (
    <details class="action" open={back.open}>
      <summary>{t('console.contactDetails.title')}</summary>
      <CaseForm
        trackingNumber={props.file.trackingNumber}
        action="change_contact_details"
        version={props.file.version}
        csrf={props.csrf}
      >
        <TextInput
          id="change_contact_details-email"
          name="email"
          type="email"
          label={t('field.email')}
          value={back.value('email') ?? customer?.email ?? ''}
          error={back.error('email')}
        />
        <TextInput
          id="change_contact_details-phone"
          name="phone"
          type="tel"
          label={t('field.phone')}
          value={back.value('phone') ?? customer?.phone ?? ''}
          error={back.error('phone')}
        />
        <TextArea
          id="change_contact_details-postalAddress"
          name="postalAddress"
          label={t('field.postalAddress')}
          rows={3}
          value={back.value('postalAddress') ?? customer?.postalAddress ?? ''}
          error={back.error('postalAddress')}
        />
        <Select
          id="change_contact_details-preferredContact"
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
