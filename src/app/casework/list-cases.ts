import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import type { CaseKind, CaseStatus, EscalationLevel } from '../../domain/case-lifecycle.js';
import type { IntakeChannel } from '../../domain/channel.js';
import type { Category, CustomerType } from '../../domain/complaint.js';
import type { Language } from '../../domain/language.js';
import { may, mayAnswerAtLevel } from '../../domain/permissions.js';
import { parseTrackingNumber } from '../../domain/tracking-number.js';
import { type QueueQuery, type QueueSearch, queueOfCases } from '../../store/case-queue-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { caseSummaryFields } from './case-file.js';

/** The console's views of the queue. */
export const QUEUE_VIEWS = ['all', 'mine', 'team', 'unassigned', 'escalated'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export interface CaseListRequest {
  view?: QueueView;
  kind?: CaseKind;
  status?: CaseStatus;
  category?: Category;
  channel?: IntakeChannel;
  language?: Language;
  customerType?: CustomerType;
  escalationLevel?: EscalationLevel;
  ownerId?: string;
  teamId?: string;
  overdue?: boolean;
  dueSoon?: boolean;
  /** A tracking number, an email, an account number, or words from the case's text. */
  q?: string;
  cursor?: string;
  limit?: number;
}

export type CaseSummary = ReturnType<typeof caseSummaryFields> & {
  customerName: string;
  category: Category | null;
  customerType: CustomerType | null;
  owner: { id: string; displayName: string } | null;
  team: { id: string; name: string } | null;
};

export interface CaseList {
  items: CaseSummary[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** "Due soon": due within this many days from today. */
export const DUE_SOON_DAYS = 2;

function encodeCursor(dueOn: string, id: string): string {
  return Buffer.from(JSON.stringify([dueOn, id])).toString('base64url');
}

function decodeCursor(cursor: string): { dueOn: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [dueOn, id] = value as unknown[];
    if (typeof dueOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn)) return undefined;
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
    return { dueOn, id };
  } catch {
    return undefined;
  }
}

/** Exact matches first: a tracking number, an email, an account number; otherwise full text. */
export function classifySearch(q: string): QueueSearch {
  const text = q.trim();
  const tracking = parseTrackingNumber(text);
  if (tracking.ok) return { by: 'tracking_number', value: tracking.value };
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { by: 'email', value: text };
  if (/^[A-Za-z0-9-]*\d[A-Za-z0-9-]*$/.test(text)) return { by: 'account_or_text', value: text };
  return { by: 'text', value: text };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The cases a staff member may see, soonest due first, filtered and paged. */
export async function listCases(
  ctx: AppContext,
  staff: StaffMember,
  request: CaseListRequest,
): Promise<Outcome<CaseList>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
  if (request.cursor !== undefined && !after) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: 'cursor', rule: 'invalid' }] });
  }
  const limit = request.limit ?? 50;
  const organisation = await getOrganisation(ctx);
  const today = localDateIn(ctx.clock(), timeZoneOf({ country: 'CA', region: organisation.defaultRegion }));
  const query: QueueQuery = {
    kind: request.kind,
    status: request.status,
    category: request.category,
    channel: request.channel,
    language: request.language,
    customerType: request.customerType,
    escalationLevel: request.escalationLevel,
    ownerId: request.ownerId,
    teamId: request.teamId,
    limit: limit + 1,
    after,
    ...(request.q?.trim() ? { search: classifySearch(request.q) } : {}),
    ...(request.overdue ? { dueBefore: today } : {}),
    ...(request.dueSoon ? { dueFrom: today, dueBefore: addDays(today, DUE_SOON_DAYS + 1) } : {}),
  };
  switch (request.view ?? 'all') {
    case 'mine':
      query.ownerId = staff.id;
      break;
    case 'team':
      if (!staff.teamId) return success({ items: [], nextCursor: null });
      query.teamId = staff.teamId;
      break;
    case 'unassigned':
      query.ownerId = null;
      break;
    case 'escalated':
      query.waitingAtLevels = ([2, 3] as const).filter((level) => mayAnswerAtLevel(staff.role, level));
      if (query.waitingAtLevels.length === 0) return success({ items: [], nextCursor: null });
      break;
    case 'all':
      break;
  }
  const rows = await queueOfCases(
    ctx.db,
    {
      staffId: staff.id,
      teamId: staff.teamId,
      seesAll: may(staff.role, 'case.see_all'),
      seesEscalated: may(staff.role, 'case.see_escalated'),
    },
    query,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return success({
    items: page.map((row) => ({
      ...caseSummaryFields(row),
      customerName: row.customerName ?? '',
      category: row.category,
      customerType: row.customerType,
      owner: row.ownerId ? { id: row.ownerId, displayName: row.ownerName ?? '' } : null,
      team: row.teamId ? { id: row.teamId, name: row.teamName ?? '' } : null,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.dueOn, last.id) : null,
  });
}
