import type { StaffMember } from '../../../app/auth/staff-member.js';
import type { CaseFile, TimelineEntry } from '../../../app/casework/case-file.js';
import type { CustomerDetails } from '../../../domain/personal-data.js';
import type { MessageWords } from '../../../notify/customer-message-text.js';
import type { PageContext } from '../../components/layout.js';

/** A form that came back: which one, what was typed, what was wrong. */
export interface ReturnedForm {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

export interface CasePageProps {
  page: PageContext;
  staff: StaffMember;
  csrf: string;
  file: CaseFile;
  /** The customer's details unmasked: only after this person's passed identity check (C4). */
  customer?: CustomerDetails;
  colleagues: { id: string; displayName: string }[];
  timeZone: string;
  notice?: {
    kind: 'saved' | 'problem' | 'conflict';
    text: string;
    detail?: string;
    eventsSince?: TimelineEntry[];
  };
  form?: ReturnedForm;
  preview?: MessageWords;
  /** The letter to print, after a message went by post. */
  letterEventId?: number;
}
