import type { ComponentChildren } from 'preact';
import { CONTACT_CHANNELS } from '../../../app/casework/log-contact.js';
import type { CaseAction } from '../../../domain/case-actions.js';
import { RadioGroup, Select, TextArea, TextInput } from '../../components/form-fields.js';
import { CaseForm, returned } from './case-forms.js';
import type { CasePageProps } from './case-page-props.js';

/** One next step, as a disclosure with its form; steps without fields are one button. */
export function ActionForm({ action, props }: { action: CaseAction; props: CasePageProps }) {
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
    case 'send_ombudsman_letter':
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
            value={back.value('level') ?? ''}
            label={t('console.escalation.level')}
            options={[
              { value: '', label: t('console.escalation.level.next') },
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
    case 'send_delay_notice':
      return disclosure(
        <>
          <TextArea {...field('reason')} label={t('console.delay.reason')} required />
          <TextInput
            {...field('expectedResponseBy')}
            type="date"
            label={t('console.delay.newDate')}
            required
          />
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
