import type { ComponentChildren } from 'preact';

/**
 * Accessible form controls: a visible label, an optional hint, the error next to the field, all
 * tied together with aria-describedby; `aria-invalid` marks a field with an error.
 */
interface FieldProps {
  name: string;
  /** Element ids derive from this (default: the name); several forms on one page need distinct ones. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  optionalText?: string;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Label({
  name,
  label,
  optionalText,
}: {
  name: string;
  label: string;
  optionalText?: string | undefined;
}) {
  return (
    <label for={`field-${name}`}>
      {label}
      {optionalText ? <span class="optional"> ({optionalText})</span> : null}
    </label>
  );
}

function HintAndError({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextInput(
  props: FieldProps & {
    value?: string;
    type?: 'text' | 'email' | 'tel' | 'date' | 'password';
    autocomplete?: string;
    required?: boolean;
  },
) {
  const { name, label, hint, error, optionalText, value, type = 'text', autocomplete, required } = props;
  const key = props.id ?? name;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <Label name={key} label={label} optionalText={optionalText} />
      <HintAndError name={key} hint={hint} error={error} />
      <input
        id={`field-${key}`}
        name={name}
        type={type as 'text'}
        value={value ?? ''}
        autocomplete={autocomplete}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(key, hint, error)}
      />
    </div>
  );
}

export function TextArea(
  props: FieldProps & { value?: string; rows?: number; required?: boolean; autocomplete?: string },
) {
  const { name, label, hint, error, optionalText, value, rows = 4, required, autocomplete } = props;
  const key = props.id ?? name;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <Label name={key} label={label} optionalText={optionalText} />
      <HintAndError name={key} hint={hint} error={error} />
      <textarea
        id={`field-${key}`}
        name={name}
        rows={rows}
        required={required}
        autocomplete={autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(key, hint, error)}
      >
        {value ?? ''}
      </textarea>
    </div>
  );
}

export function Select(
  props: FieldProps & {
    value?: string;
    options: { value: string; label: string }[];
    /** The empty first choice; none when a value must be chosen. */
    placeholder?: string;
    required?: boolean;
  },
) {
  const { name, label, hint, error, optionalText, value, options, placeholder, required } = props;
  const key = props.id ?? name;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <Label name={key} label={label} optionalText={optionalText} />
      <HintAndError name={key} hint={hint} error={error} />
      <select
        id={`field-${key}`}
        name={name}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(key, hint, error)}
      >
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RadioGroup(
  props: FieldProps & { value?: string; options: { value: string; label: string }[]; required?: boolean },
) {
  const { name, label, hint, error, value, options, required } = props;
  const key = props.id ?? name;
  return (
    <fieldset
      class={error ? 'field has-error' : 'field'}
      id={`field-${key}`}
      aria-describedby={describedBy(key, hint, error)}
    >
      <legend>{label}</legend>
      <HintAndError name={key} hint={hint} error={error} />
      {options.map((option) => (
        <div class="radio" key={option.value}>
          <input
            type="radio"
            id={`field-${key}-${option.value}`}
            name={name}
            value={option.value}
            checked={option.value === value}
            required={required}
          />
          <label for={`field-${key}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function ErrorSummary({ title, errors }: { title: string; errors: [string, string][] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{title}</h2>
      <ul>
        {errors.map(([field, message]) => (
          <li key={field}>
            <a href={`#field-${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="form-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
