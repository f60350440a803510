import type { ComponentChildren } from 'preact';
import { CsrfField } from '../console-layout.js';
import type { CasePageProps } from './case-page-props.js';

export function CaseForm(props: {
  trackingNumber: string;
  action: string;
  version: number;
  csrf: string;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={`/console/cases/${props.trackingNumber}/${props.action}`}>
      <CsrfField csrf={props.csrf} />
      <input type="hidden" name="version" value={String(props.version)} />
      {props.children}
    </form>
  );
}

/** The form's value and error, when this form came back. */
export function returned(props: CasePageProps, action: string) {
  const form = props.form?.action === action ? props.form : undefined;
  return {
    value: (name: string) => form?.values[name],
    error: (name: string) => form?.errors[name],
    open: !!form,
  };
}
