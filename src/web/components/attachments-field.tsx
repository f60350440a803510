import type { Translate } from '../../i18n/index.js';

/** The file input for documents (PDF, PNG, JPEG), with its hint and error, as on the intake form. */
export function AttachmentsField({
  t,
  error,
  optional,
}: {
  t: Translate;
  error?: string;
  optional?: string;
}) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for="field-attachments">
        {t('field.attachments')}
        {optional ? <span class="optional"> ({optional})</span> : null}
      </label>
      <p class="hint" id="attachments-hint">
        {t('field.attachments.hint')}
      </p>
      {error ? (
        <p class="field-error" id="attachments-error">
          {error}
        </p>
      ) : null}
      <input
        id="field-attachments"
        type="file"
        name="attachments"
        multiple
        accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'attachments-hint attachments-error' : 'attachments-hint'}
      />
    </div>
  );
}
