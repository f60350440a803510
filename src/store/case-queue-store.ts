import { type ExpressionBuilder, sql } from 'kysely';
import type { CaseKind, CaseStatus, EscalationLevel } from '../domain/case-lifecycle.js';
import type { IntakeChannel } from '../domain/channel.js';
import type { Category, CustomerType } from '../domain/complaint.js';
import type { Language } from '../domain/language.js';
import { caseOf } from './case-store.js';
import type { Db } from './database.js';
import type { Tables } from './schema.js';

/** Who is asking, as far as the queue's visibility goes (see `maySeeCase` in the domain). */
export interface QueueViewer {
  staffId: string;
  teamId: string | null;
  seesAll: boolean;
  seesEscalated: boolean;
}

export interface QueueQuery {
  kind?: CaseKind;
  status?: CaseStatus;
  category?: Category;
  channel?: IntakeChannel;
  language?: Language;
  customerType?: CustomerType;
  escalationLevel?: EscalationLevel;
  /** `null`: only unassigned cases. */
  ownerId?: string | null;
  teamId?: string;
  /** Only escalated cases waiting at these levels. */
  waitingAtLevels?: readonly EscalationLevel[];
  /** Due before this date ('YYYY-MM-DD'). */
  dueBefore?: string;
  /** Due on or after this date. */
  dueFrom?: string;
  search?: QueueSearch;
  after?: { dueOn: string; id: string };
  limit: number;
}

export type QueueSearch =
  | { by: 'tracking_number'; value: string }
  | { by: 'email'; value: string }
  | { by: 'account_or_text'; value: string }
  | { by: 'text'; value: string };

type Where = ExpressionBuilder<Tables & { c: Tables['complaint_case'] }, 'c'>;

/** Words stemmed in every language we keep cases in, so a search finds a case in its own. */
function anyLanguageQuery(text: string) {
  return sql`(websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('french', ${text})
    || websearch_to_tsquery('dutch', ${text}) || websearch_to_tsquery('italian', ${text}))`;
}

/**
 * The queue: cases soonest due first, paged by keyset (the last row's due date and id) so a page
 * costs the same at the millionth case as at the first.
 */
export async function queueOfCases(db: Db, viewer: QueueViewer, query: QueueQuery) {
  let q = db
    .selectFrom('complaint_case as c')
    .leftJoin('staff_user as o', 'o.id', 'c.owner_id')
    .leftJoin('team as t', 't.id', 'c.team_id')
    .selectAll('c')
    .select(['o.display_name as owner_name', 't.name as team_name']);
  if (!viewer.seesAll) {
    q = q.where((eb: Where) => {
      const visible = [
        eb('c.owner_id', '=', viewer.staffId),
        eb.and([eb('c.owner_id', 'is', null), eb('c.team_id', 'is', null)]),
      ];
      if (viewer.teamId) visible.push(eb('c.team_id', '=', viewer.teamId));
      if (viewer.seesEscalated) visible.push(eb('c.escalation_level', '>=', 2));
      return eb.or(visible);
    });
  }
  if (query.kind) q = q.where('c.kind', '=', query.kind);
  if (query.status) q = q.where('c.status', '=', query.status);
  if (query.category) q = q.where('c.category', '=', query.category);
  if (query.channel) q = q.where('c.channel', '=', query.channel);
  if (query.language) q = q.where('c.language', '=', query.language);
  if (query.customerType) q = q.where('c.customer_type', '=', query.customerType);
  if (query.escalationLevel) q = q.where('c.escalation_level', '=', query.escalationLevel);
  if (query.ownerId === null) q = q.where('c.owner_id', 'is', null);
  else if (query.ownerId) q = q.where('c.owner_id', '=', query.ownerId);
  if (query.teamId) q = q.where('c.team_id', '=', query.teamId);
  if (query.waitingAtLevels) {
    q = q.where('c.status', '=', 'escalated').where('c.escalation_level', 'in', [...query.waitingAtLevels]);
  }
  if (query.dueBefore) q = q.where('c.due_on', '<', query.dueBefore);
  if (query.dueFrom) q = q.where('c.due_on', '>=', query.dueFrom);
  const search = query.search;
  if (search?.by === 'tracking_number') q = q.where('c.tracking_number', '=', search.value);
  if (search?.by === 'email') q = q.where(sql`lower(c.customer_email)`, '=', search.value.toLowerCase());
  if (search?.by === 'text') q = q.where(sql<boolean>`c.search_text @@ ${anyLanguageQuery(search.value)}`);
  if (search?.by === 'account_or_text') {
    q = q.where((eb: Where) =>
      eb.or([
        eb('c.customer_account_number', '=', search.value),
        sql<boolean>`c.search_text @@ ${anyLanguageQuery(search.value)}`,
      ]),
    );
  }
  if (query.after) {
    q = q.where(sql<boolean>`(c.due_on, c.id) > (${query.after.dueOn}::date, ${query.after.id}::uuid)`);
  }
  const rows = await q.orderBy('c.due_on').orderBy('c.id').limit(query.limit).execute();
  return rows.map(({ owner_name, team_name, ...row }) => ({
    ...caseOf(row),
    ownerName: owner_name,
    teamName: team_name,
  }));
}
