import { randomBytes } from 'node:crypto';
import type { Language } from '../../domain/language.js';
import type { StaffRole } from '../../domain/staff-role.js';
import { countCases } from '../../store/case-store.js';
import { insertStaffUser } from '../../store/staff-admin-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { applyLifecycleChange } from '../cases/apply-lifecycle-command.js';
import { convertToComplaint } from '../cases/convert-to-complaint.js';
import { openCase } from '../cases/open-case.js';
import { recordCase } from '../cases/record-case.js';
import { staffActor } from '../cases/staff-case-change.js';
import { assignCase } from '../casework/assign-case.js';
import { closeCase } from '../casework/close-case.js';
import { giveFinalResponse, giveOutcome } from '../casework/give-outcome.js';
import { localToday } from '../casework/local-today.js';
import { logContact } from '../casework/log-contact.js';
import { recordOutcomeReply } from '../casework/record-outcome-reply.js';
import { recordRemedyCarriedOut } from '../casework/record-remedy.js';
import { requestEscalation } from '../casework/request-escalation.js';
import { sendMessage } from '../casework/send-message.js';
import { startInvestigation } from '../casework/start-investigation.js';
import { takeEscalation } from '../casework/take-escalation.js';
import type { AppContext } from '../context.js';
import type { Outcome } from '../errors.js';
import { createTeam } from '../staff/create-team.js';
import { createStaff } from '../staff/manage-staff.js';
import { type DemoCase, demoCases, TEXTS } from './demo-cases.js';
import { hashPassword } from './password-hashing.js';

/** One person of the demo desk, with the password printed once. */
export interface DemoAccount {
  role: StaffRole;
  email: string;
  displayName: string;
  password: string;
}

export class DeskNotEmptyError extends Error {}

function must<T>(outcome: Outcome<T>, what: string): T {
  if (!outcome.ok) throw new Error(`demo desk: ${what} was refused: ${JSON.stringify(outcome.error)}`);
  return outcome.value;
}

/**
 * Fills an EMPTY database with a living desk: staff for each role in two teams (passwords made
 * here and returned once), customers of each type, and cases in four languages across every
 * state and escalation level, each moved there by the real use cases, so the timelines are real.
 */
export async function seedDemoDesk(ctx: AppContext): Promise<{ accounts: DemoAccount[]; cases: number }> {
  if ((await countCases(ctx.db)) > 0)
    throw new DeskNotEmptyError('the database already holds cases; the demo fills only an empty desk');
  const password = () => randomBytes(9).toString('base64url');
  const accounts: DemoAccount[] = [];
  // The seeding admin acts for the desk; it is an account like any other.
  const adminPassword = password();
  const adminRow = await insertStaffUser(ctx.db, {
    email: 'demo.admin@provider.example',
    displayName: 'Dana Admin',
    passwordHash: await hashPassword(adminPassword),
    role: 'admin',
    teamId: null,
    language: 'en',
    createdAt: ctx.clock(),
  });
  if (!adminRow) throw new DeskNotEmptyError('the demo accounts exist already');
  accounts.push({
    role: 'admin',
    email: adminRow.email,
    displayName: adminRow.displayName,
    password: adminPassword,
  });
  const admin: StaffMember = {
    id: adminRow.id,
    email: adminRow.email,
    displayName: adminRow.displayName,
    role: 'admin',
    teamId: null,
    language: 'en',
  };
  const residential = must(await createTeam(ctx, admin, 'Residential'), 'team');
  const business = must(await createTeam(ctx, admin, 'Business'), 'team');
  const people: Record<string, StaffMember> = {};
  const roster: [string, StaffRole, string, string | null, Language][] = [
    ['advisor_a', 'advisor', 'Alex Advisor', residential.id, 'en'],
    ['advisor_b', 'advisor', 'Béatrice Conseillère', residential.id, 'fr'],
    ['advisor_c', 'advisor', 'Carlo Consulente', business.id, 'it'],
    ['manager', 'senior_manager', 'Morgan Manager', business.id, 'en'],
    ['head', 'head_of_support', 'Hendrik Hoofd', null, 'nl'],
  ];
  for (const [key, role, name, teamId, language] of roster) {
    const secret = password();
    const email = `demo.${key.replace('_', '.')}@provider.example`;
    const account = must(
      await createStaff(ctx, admin, { email, displayName: name, role, teamId, language, password: secret }),
      `account ${email}`,
    );
    people[key] = { id: account.id, email, displayName: name, role, teamId, language };
    accounts.push({ role, email, displayName: name, password: secret });
  }
  const person = (key: string): StaffMember => people[key] ?? admin;

  const cases = demoCases();
  for (const demo of cases) await playCase(ctx, demo, admin, person);
  return { accounts, cases: cases.length };
}

async function playCase(
  ctx: AppContext,
  demo: DemoCase,
  admin: StaffMember,
  person: (key: string) => StaffMember,
): Promise<void> {
  const receivedAt = new Date(ctx.clock().getTime() - demo.daysAgo * 24 * 3600 * 1000);
  if (demo.receivedOnly) {
    await openCase(
      ctx,
      { kind: demo.kind, channel: demo.channel, language: demo.language, receivedAt },
      staffActor(admin),
    );
    return;
  }
  const texts = TEXTS[demo.language];
  const advisor = demo.owner ? person(demo.owner) : person('advisor_a');
  const ack = must(
    await recordCase(ctx, advisor, {
      kind: demo.kind,
      language: demo.language,
      channel: demo.channel,
      customer: demo.customer,
      service: demo.service,
      category: demo.category,
      description: demo.description,
      references: [],
      preferredContact: demo.customer.email ? 'email' : 'post',
      receivedAt,
      ...(demo.firstContact ? { resolvedAtFirstContact: { summary: demo.firstContact } } : {}),
    }),
    'intake',
  );
  const trackingNumber = ack.trackingNumber;
  let version = 2;
  const run = async (outcome: Outcome<{ version: number }>, what: string) => {
    version = must(outcome, what).version;
  };
  if (demo.owner) {
    await run(
      await assignCase(
        ctx,
        admin,
        { trackingNumber, expectedVersion: version, ownerId: advisor.id },
        'console',
      ),
      'assign',
    );
  }
  let level = 1;
  let handler = advisor;
  for (const step of demo.steps) {
    const ref = { trackingNumber, expectedVersion: version };
    switch (step) {
      case 'investigate':
        await run(await startInvestigation(ctx, handler, ref, 'console'), step);
        break;
      case 'call':
        await run(
          await logContact(
            ctx,
            handler,
            { ...ref, contactChannel: 'phone', direction: 'outbound', summary: texts.call },
            'console',
          ),
          step,
        );
        break;
      case 'ask_information':
        await run(
          await sendMessage(
            ctx,
            handler,
            { ...ref, template: 'information_request', text: texts.call },
            'console',
          ),
          step,
        );
        break;
      case 'outcome':
      case 'outcome_with_remedy':
        await run(
          await giveOutcome(
            ctx,
            handler,
            {
              ...ref,
              text: texts.outcome,
              ...(step === 'outcome_with_remedy' ? { remedy: texts.remedy } : {}),
            },
            'console',
          ),
          step,
        );
        break;
      case 'accept':
      case 'reject':
        await run(
          await recordOutcomeReply(
            ctx,
            handler,
            {
              ...ref,
              accepted: step === 'accept',
              ...(step === 'reject' ? { customerWords: texts.words } : {}),
            },
            'console',
          ),
          step,
        );
        if (step === 'reject') level = 2;
        break;
      case 'remedy_done':
        await run(
          await recordRemedyCarriedOut(
            ctx,
            handler,
            {
              ...ref,
              carriedOutOn: await localToday(ctx, {
                calendarCountry: 'CA',
                calendarRegion: demo.customer.region,
              }),
              text: texts.remedy,
            },
            'console',
          ),
          step,
        );
        break;
      case 'escalate_2':
      case 'escalate_3':
        level = step === 'escalate_2' ? 2 : 3;
        await run(
          await requestEscalation(
            ctx,
            handler,
            { ...ref, customerWords: texts.words, requestedVia: 'phone', level: level as 2 | 3 },
            'console',
          ),
          step,
        );
        break;
      case 'take':
        handler = level === 2 ? person('manager') : person('head');
        await run(await takeEscalation(ctx, handler, ref, 'console'), step);
        break;
      case 'final_response':
        await run(await giveFinalResponse(ctx, handler, { ...ref, text: texts.final }, 'console'), step);
        break;
      case 'ombudsman':
        await run(
          await applyLifecycleChange(
            ctx,
            { trackingNumber, command: { type: 'refer_to_ombudsman' }, expectedVersion: version },
            staffActor(handler),
            'console',
          ),
          step,
        );
        break;
      case 'close':
        await run(await closeCase(ctx, handler, ref, 'console'), step);
        break;
      case 'convert':
        must(await convertToComplaint(ctx, ref, handler, 'console'), step);
        break;
    }
  }
}
