import type { CaseKind } from '../../domain/case-lifecycle.js';
import type { IntakeChannel } from '../../domain/channel.js';
import type { Category, CustomerType, Service } from '../../domain/complaint.js';
import type { Language } from '../../domain/language.js';
import type { CanadianRegion } from '../../domain/region.js';

/**
 * The demo desk's cases as data: who complains, in which language, about what, and the steps that
 * take each case to its state. `seed-demo-desk` plays them through the real use cases.
 */
export type Step =
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

export interface DemoCase {
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

export const TEXTS: Record<
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

export function demoCases(): DemoCase[] {
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
