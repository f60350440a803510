import type { Selectable } from 'kysely';
import type { CaseEventTable } from '../../store/schema.js';
import type { CaseEventView } from '../errors.js';

export function toCaseEventView(row: Selectable<CaseEventTable>): CaseEventView {
  return {
    id: row.id,
    caseVersion: row.case_version,
    type: row.type,
    actor: { type: row.actor_type, id: row.actor_id },
    channel: row.channel,
    occurredAt: row.occurred_at.toISOString(),
    data: row.data,
  };
}
