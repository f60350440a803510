import { calendarOfCase, closedDaysOf } from '../app/cases/case-calendar.js';
import { fireAlarms } from '../app/commitments/fire-alarms.js';
import type { AppContext } from '../app/context.js';
import { flagUnpostedLetters } from '../app/messages/unposted-letters.js';
import { policyOfCase } from '../app/policies/policy-in-force.js';
import { getOrganisation } from '../app/settings/get-organisation.js';
import { addCalendarDays, localDateIn } from '../domain/business-calendar.js';
import { alarmsDue, nextAlarmMoment, ombudsmanAlarmsDue } from '../domain/commitment-watch.js';
import type { OrganisationProfile } from '../domain/organisation.js';
import { ombudsmanLetterDueOn } from '../domain/policy.js';
import { alarmKey, claimCasesToCheck, firedAlarms, setAlarmCheck } from '../store/commitment-store.js';
import { claimDueOmbudsmanCases } from '../store/ombudsman-store.js';

export interface CommitmentSweepOptions {
  ctx: AppContext;
  log: { error(obj: unknown, msg?: string): void };
  /** How often the sweep runs; a minute keeps every alarm within a minute of its moment. */
  intervalMs?: number;
  /** Cases locked and handled per transaction. */
  batchSize?: number;
}

export interface CommitmentSweep {
  /** One pass over every case with a date coming up; returns how many alarms fired. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Watches every promised date (C7–C9). Each case carries the next moment it needs looking at
 * (`alarm_check_at`); a pass takes the cases whose moment has come, in batches: each batch is one
 * transaction that locks its cases (SKIP LOCKED, so instances share the work), asks the domain
 * which alarms are due, fires those not fired before, and sets the case's next moment. Safe to run
 * on every instance at once and to kill at any moment.
 */
export function startCommitmentSweep(options: CommitmentSweepOptions): CommitmentSweep {
  const { ctx, log } = options;
  const intervalMs = options.intervalMs ?? 60_000;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function pass(): Promise<number> {
    const now = ctx.clock();
    const organisation = await getOrganisation(ctx);
    const settings = {
      reminderHoursBefore: organisation.reminderHoursBefore,
      automaticProgressNotice: organisation.automaticProgressNotice,
      closed: closedDaysOf(ctx, organisation),
    };
    // The ombudsman's deadlines (few) are read by date: a reminder may come days before.
    const reach = Math.max(6, Math.ceil(settings.reminderHoursBefore / 24)) + 1;
    const horizon = addCalendarDays(localDateIn(now, 'UTC'), reach);
    let fired = 0;
    for (;;) {
      const batch = await ctx.db.transaction().execute(async (trx) => {
        const rows = await claimCasesToCheck(trx, now, options.batchSize ?? 50);
        const done = await firedAlarms(
          trx,
          rows.map((r) => r.id),
        );
        let count = 0;
        for (const row of rows) {
          const calendar = calendarOfCase(row, organisation);
          const policy = await policyOfCase(ctx, row, trx);
          const letterOwed = row.kind === 'complaint' && row.ombudsmanNoticeSentAt === null;
          const watched = {
            status: row.status,
            expectedResponseBy: row.expectedResponseBy,
            nextUpdateBy: row.nextUpdateBy,
            calendar,
            ombudsmanNoticeDueOn: letterOwed
              ? ombudsmanLetterDueOn(row.receivedAt, calendar, policy.rules.ombudsman)
              : null,
          };
          const due = alarmsDue(watched, now, settings).filter(
            (a) => !done.has(alarmKey(row.id, a.commitment, a.dueOn, a.kind)),
          );
          const firedHere = due.length > 0 ? await fireAlarms(ctx, trx, row, due, organisation, now) : 0;
          count += firedHere;
          // After firing, the case may have changed (a new update date): the next pass looks again.
          // Otherwise it waits, unread, until its next reminder, task or deadline.
          await setAlarmCheck(
            trx,
            row.id,
            firedHere > 0 ? new Date(now.getTime() + 1) : nextAlarmMoment(watched, now, settings),
          );
        }
        return { count, size: rows.length };
      });
      fired += batch.count;
      // The alerts and notices of this batch are committed: they leave now, not at the next poll.
      if (batch.count > 0) ctx.outbox.wake();
      if (batch.size === 0) break;
    }
    const ombudsman = await ombudsmanPass(now, horizon, organisation, settings);
    return fired + ombudsman + (await flagUnpostedLetters(ctx, now));
  }

  /** C10: the deadlines of complaints the ombudsman forwarded, watched the same way. */
  async function ombudsmanPass(
    now: Date,
    horizon: string,
    organisation: OrganisationProfile,
    settings: { reminderHoursBefore: number },
  ): Promise<number> {
    let after: { reportDueOn: string; id: string } | null = null;
    let fired = 0;
    for (;;) {
      const batch = await ctx.db.transaction().execute(async (trx) => {
        const { claimed, last } = await claimDueOmbudsmanCases(trx, horizon, after, options.batchSize ?? 50);
        let count = 0;
        for (const { ombudsman, row } of claimed) {
          const due = ombudsmanAlarmsDue(
            {
              objectionDueOn: ombudsman.objectionDueOn,
              objectionAnswered: ombudsman.objectionAnsweredAt !== null,
              reportDueOn: ombudsman.reportDueOn,
              reported: ombudsman.reportedAt !== null,
              calendar: calendarOfCase(row, organisation),
            },
            now,
            settings,
          );
          if (due.length > 0) count += await fireAlarms(ctx, trx, row, due, organisation, now);
        }
        return { count, last };
      });
      fired += batch.count;
      if (batch.count > 0) ctx.outbox.wake();
      if (!batch.last) break;
      after = batch.last;
    }
    return fired;
  }

  function runOnce(): Promise<number> {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      try {
        await runOnce();
      } catch (error) {
        log.error({ err: error }, 'commitment sweep failed; it runs again at the next interval');
      }
      schedule();
    }, intervalMs);
    timer.unref();
  }
  schedule();

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
