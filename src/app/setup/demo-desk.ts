import { randomBytes } from 'node:crypto';
import type { CaseKind } from '../../domain/case-lifecycle.js';
import type { IntakeChannel } from '../../domain/channel.js';
import type { Category, CustomerType, Service } from '../../domain/complaint.js';
import type { Language } from '../../domain/language.js';
import type { CanadianRegion } from '../../domain/region.js';
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
import { hashPassword } from './password-hashing.js';

/** One person of the demo desk, with the password printed once. */
export interface DemoAccount {
  role: StaffRole;
  email: string;
  displayName: string;
  password: string;
}

type Step =
  | 'investigate'
  | 'call'
  | 'ask_information'
  | 'outcome'
  | 'outcome_with_remedy'
  | 'accept'
  | 'reject'
  | 'remedy_done'
  | 'escalate_2'
  | 'escalate_3'
  | 'take'
  | 'final_response'
  | 'ombudsman'
  | 'close'
  | 'convert';

interface DemoCase {
  language: Language;
  kind: CaseKind;
  channel: Exclude<IntakeChannel, 'web'>;
  customer: {
    name: string;
    email?: string;
    postalAddress?: string;
    accountNumber?: string;
    type: CustomerType;
    region: CanadianRegion;
  };
  service: Service;
  category: Category;
  description: string;
  daysAgo: number;
  owner?: 'advisor_a' | 'advisor_b' | 'advisor_c';
  steps: Step[];
  firstContact?: string;
  receivedOnly?: boolean;
}

const TEXTS: Record<
  Language,
  {
    complaint: string[];
    inquiry: string[];
    outcome: string;
    remedy: string;
    final: string;
    call: string;
    words: string;
  }
> = {
  en: {
    complaint: [
      'I was charged twice for my October bill.',
      'My internet drops every evening between 7 and 10 pm.',
      'The technician did not show up for the installation appointment.',
      'My number was not ported when promised and I missed business calls.',
    ],
    inquiry: ['How do I add a second line to my plan?', 'Can I change the billing date of my account?'],
    outcome: 'We checked your account and corrected the error.',
    remedy: 'A credit of $25 on your next bill.',
    final:
      'We have reviewed your complaint again at the highest level and maintain our decision, with a goodwill credit.',
    call: 'Called the customer to explain the next steps.',
    words: 'I am not satisfied with this answer and want someone senior to look at it.',
  },
  fr: {
    complaint: [
      'On m’a facturé deux fois le mois d’octobre.',
      'Ma connexion Internet coupe tous les soirs.',
      'Le technicien ne s’est pas présenté au rendez-vous.',
    ],
    inquiry: ['Comment ajouter une deuxième ligne à mon forfait?'],
    outcome: 'Nous avons vérifié votre compte et corrigé l’erreur.',
    remedy: 'Un crédit de 25 $ sur votre prochaine facture.',
    final: 'Nous avons réexaminé votre plainte au plus haut niveau et maintenons notre décision.',
    call: 'Appel au client pour expliquer la suite.',
    words: 'Cette réponse ne me satisfait pas, je veux parler à un responsable.',
  },
  nl: {
    complaint: [
      'Mijn rekening van oktober is twee keer afgeschreven.',
      'Mijn internet valt elke avond uit.',
      'De monteur is niet op de afspraak verschenen.',
    ],
    inquiry: ['Hoe voeg ik een tweede lijn toe aan mijn abonnement?'],
    outcome: 'We hebben uw rekening nagekeken en de fout hersteld.',
    remedy: 'Een tegoed van $25 op uw volgende factuur.',
    final: 'We hebben uw klacht op het hoogste niveau opnieuw bekeken en handhaven ons besluit.',
    call: 'Klant gebeld om de volgende stappen uit te leggen.',
    words: 'Ik ben niet tevreden met dit antwoord en wil een leidinggevende spreken.',
  },
  it: {
    complaint: [
      'Mi è stata addebitata due volte la bolletta di ottobre.',
      'La connessione internet cade ogni sera.',
      'Il tecnico non si è presentato all’appuntamento.',
    ],
    inquiry: ['Come aggiungo una seconda linea al mio piano?'],
    outcome: 'Abbiamo controllato il suo conto e corretto l’errore.',
    remedy: 'Un credito di 25 $ sulla prossima bolletta.',
    final: 'Abbiamo riesaminato il reclamo al livello più alto e confermiamo la decisione.',
    call: 'Chiamato il cliente per spiegare i prossimi passi.',
    words: 'Non sono soddisfatto di questa risposta e voglio parlare con un responsabile.',
  },
};

const CUSTOMERS: Record<Language, DemoCase['customer'][]> = {
  en: [
    {
      name: 'Kim Tremblay',
      email: 'kim.tremblay@example.org',
      accountNumber: '100-234-567',
      type: 'residential',
      region: 'ON',
    },
    {
      name: 'Northwind Dental',
      email: 'office@northwind.example',
      accountNumber: 'SB-88321',
      type: 'small_business',
      region: 'BC',
    },
    { name: 'Paul Smith', postalAddress: '12 Main St, Ottawa ON K1A 0A1', type: 'residential', region: 'ON' },
    {
      name: 'Acme Logistics',
      email: 'it@acme-logistics.example',
      accountNumber: 'EN-00042',
      type: 'enterprise',
      region: 'AB',
    },
  ],
  fr: [
    {
      name: 'Élise Roy',
      email: 'elise.roy@example.org',
      accountNumber: '200-555-010',
      type: 'residential',
      region: 'QC',
    },
    { name: 'Boulangerie Gagnon', email: 'info@gagnon.example', type: 'small_business', region: 'QC' },
  ],
  nl: [
    {
      name: 'Anneke de Vries',
      email: 'anneke@example.nl',
      accountNumber: '300-777-123',
      type: 'residential',
      region: 'ON',
    },
    { name: 'Van Dijk Consultancy', email: 'info@vandijk.example', type: 'small_business', region: 'MB' },
  ],
  it: [
    {
      name: 'Giulia Rossi',
      email: 'giulia.rossi@example.it',
      accountNumber: '400-121-212',
      type: 'residential',
      region: 'ON',
    },
    {
      name: 'Pizzeria Bella',
      postalAddress: '45 College St, Toronto ON M5G 1K2',
      type: 'small_business',
      region: 'ON',
    },
  ],
};

/** Every state and level, in four languages: a desk a newcomer can read in a minute. */
const JOURNEYS: {
  kind: CaseKind;
  steps: Step[];
  owner?: DemoCase['owner'];
  firstContact?: boolean;
  receivedOnly?: boolean;
}[] = [
  { kind: 'complaint', steps: [], receivedOnly: true },
  { kind: 'complaint', steps: [] },
  { kind: 'complaint', steps: [], owner: 'advisor_a' },
  { kind: 'complaint', steps: ['investigate', 'call'], owner: 'advisor_a' },
  { kind: 'complaint', steps: ['investigate', 'ask_information'], owner: 'advisor_b' },
  { kind: 'complaint', steps: ['call', 'outcome'], owner: 'advisor_b' },
  { kind: 'complaint', steps: ['outcome', 'accept', 'close'], owner: 'advisor_a' },
  { kind: 'complaint', steps: ['outcome_with_remedy', 'accept'], owner: 'advisor_c' },
  { kind: 'complaint', steps: ['outcome_with_remedy', 'accept', 'remedy_done'], owner: 'advisor_c' },
  { kind: 'complaint', steps: ['outcome', 'reject'], owner: 'advisor_a' },
  { kind: 'complaint', steps: ['escalate_2', 'take'], owner: 'advisor_b' },
  { kind: 'complaint', steps: ['escalate_3'] },
  { kind: 'complaint', steps: ['escalate_2', 'take', 'final_response'] },
  { kind: 'complaint', steps: ['escalate_3', 'take', 'final_response', 'ombudsman'] },
  { kind: 'complaint', steps: [], firstContact: true },
  { kind: 'inquiry', steps: [] },
  { kind: 'inquiry', steps: ['investigate'], owner: 'advisor_c' },
  { kind: 'inquiry', steps: ['outcome', 'accept', 'close'], owner: 'advisor_a' },
  { kind: 'inquiry', steps: ['convert'], owner: 'advisor_b' },
];

const CHANNELS: DemoCase['channel'][] = ['phone', 'letter', 'email', 'chat', 'support_case'];
const SERVICES: Service[] = ['internet', 'voice', 'wireless', 'tv'];
const CATEGORIES: Category[] = [
  'billing',
  'service_delivery',
  'installation',
  'contract',
  'customer_service',
];
const LANGUAGE_ORDER: Language[] = ['en', 'fr', 'nl', 'it'];

function demoCases(): DemoCase[] {
  return [...JOURNEYS, ...JOURNEYS].map((journey, index) => {
    const language = LANGUAGE_ORDER[index % 4] ?? 'en';
    const texts = TEXTS[language];
    const customers = CUSTOMERS[language];
    const pool = journey.kind === 'complaint' ? texts.complaint : texts.inquiry;
    const customer = customers[index % customers.length] ?? {
      name: 'Demo',
      email: 'demo@example.org',
      type: 'residential',
      region: 'ON',
    };
    return {
      language,
      kind: journey.kind,
      channel: CHANNELS[index % CHANNELS.length] ?? 'phone',
      customer,
      service: SERVICES[index % SERVICES.length] ?? 'internet',
      category: CATEGORIES[index % CATEGORIES.length] ?? 'billing',
      description: pool[index % pool.length] ?? '',
      // Spread over the last three weeks: some are overdue, some due soon, most in time.
      daysAgo: (index * 5) % 22,
      ...(journey.owner ? { owner: journey.owner } : {}),
      steps: journey.steps,
      ...(journey.firstContact ? { firstContact: texts.call } : {}),
      ...(journey.receivedOnly ? { receivedOnly: true } : {}),
    };
  });
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
    display_name: 'Dana Admin',
    password_hash: await hashPassword(adminPassword),
    role: 'admin',
    team_id: null,
    language: 'en',
    created_at: ctx.clock(),
  });
  if (!adminRow) throw new DeskNotEmptyError('the demo accounts exist already');
  accounts.push({
    role: 'admin',
    email: adminRow.email,
    displayName: adminRow.display_name,
    password: adminPassword,
  });
  const admin: StaffMember = {
    id: adminRow.id,
    email: adminRow.email,
    displayName: adminRow.display_name,
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
              carriedOutOn: await localToday(ctx, { calendar_region: demo.customer.region }),
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
