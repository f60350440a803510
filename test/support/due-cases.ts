import { applyLifecycleChange } from '../../src/app/cases/apply-lifecycle-command.js';
import { openCase } from '../../src/app/cases/open-case.js';
import type { AppContext } from '../../src/app/context.js';
import { SYSTEM } from '../../src/domain/actor.js';
import type { Case } from '../../src/domain/case.js';
import { caseOf } from '../../src/store/case-store.js';
import type { Db } from '../../src/store/database.js';
import { insertStaffUser, insertTeam } from '../../src/store/staff-admin-store.js';

let people = 0;

/** An owner in a team with a senior manager: who the sweep tells what (C7–C9). */
export async function teamWithManager(db: Db) {
  people += 1;
  const team = await insertTeam(db, `Watch ${people} ${Date.now()}`, new Date());
  if (!team) throw new Error('no team');
  const person = async (role: 'advisor' | 'senior_manager') => {
    const row = await insertStaffUser(db, {
      email: `${role}-${people}-${Date.now()}@provider.example`,
      displayName: `${role} ${people}`,
      passwordHash: 'x',
      role,
      createdAt: new Date(),
      teamId: team.id,
      language: 'en',
    });
    if (!row) throw new Error('no staff');
    return row;
  };
  return { team, owner: await person('advisor'), manager: await person('senior_manager') };
}

/** An acknowledged complaint with the promised dates given, owned by `ownerId`. */
export async function dueCase(
  ctx: AppContext,
  dates: {
    expectedResponseBy: string | null;
    nextUpdateBy: string | null;
    ownerId: string | null;
    email?: string;
  },
): Promise<Case> {
  const row = await openCase(ctx, { kind: 'complaint', channel: 'phone', language: 'en' }, SYSTEM);
  const acknowledged = await applyLifecycleChange(
    ctx,
    { trackingNumber: row.trackingNumber, command: { type: 'acknowledge' }, expectedVersion: row.version },
    SYSTEM,
    'system',
  );
  if (!acknowledged.ok) throw new Error('not acknowledged');
  const updated = await ctx.db
    .updateTable('complaint_case')
    .set({
      expected_response_by: dates.expectedResponseBy,
      next_update_by: dates.nextUpdateBy,
      owner_id: dates.ownerId,
      customer_name: 'Kim Tremblay',
      customer_email: dates.email ?? 'kim@example.org',
      calendar_region: 'ON',
    })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return caseOf(updated);
}
