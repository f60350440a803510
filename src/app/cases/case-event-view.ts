import type { CaseEvent } from '../../domain/case-event.js';
import type { CaseEventView } from '../errors.js';

/** An event as the API and pages show it. */
export function toCaseEventView(event: CaseEvent): CaseEventView {
  return {
    id: event.id,
    caseVersion: event.caseVersion,
    type: event.type,
    actor: { type: event.actorType, id: event.actorId },
    channel: event.channel,
    occurredAt: event.occurredAt.toISOString(),
    data: event.data,
  };
}
