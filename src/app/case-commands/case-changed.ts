import type { Case } from '../../domain/case.js';
import type { CaseStatus, EscalationLevel } from '../../domain/case-lifecycle.js';
import { type Outcome, success } from '../errors.js';

/** Where a case stands after a change: what both edges answer with (the API's body, the page's redirect). */
export interface CaseChanged {
  trackingNumber: string;
  version: number;
  status: CaseStatus;
  escalationLevel: EscalationLevel;
}

export async function changed(outcome: Promise<Outcome<Case>>): Promise<Outcome<CaseChanged>> {
  const result = await outcome;
  if (!result.ok) return result;
  const row = result.value;
  return success({
    trackingNumber: row.trackingNumber,
    version: row.version,
    status: row.status,
    escalationLevel: row.escalationLevel,
  });
}
