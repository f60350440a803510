import type { MailMessages } from '../en.js';

/** The emails and letters to customers and staff. */
export const nlMessages: MailMessages = {
  'letter.dateLine': '{date}',
  'letter.subject': 'Onderwerp: {title} — {trackingNumber}',
  'email.greeting': 'Beste {name},',
  'email.signature': '{organisation} — Klachtenafdeling',
  'msg.caseLine': 'Dossier {trackingNumber}. Deze link opent het 30 dagen lang, zonder code: {followUrl}',
  'msg.level.2': 'een senior manager',
  'msg.level.3': 'het hoofd klantenservice',
  'msg.progress_update.subject': 'Nieuws over uw dossier {trackingNumber}',
  'msg.progress_update.nextUpdate': 'U hoort uiterlijk {date} opnieuw van ons.',
  'msg.information_request.subject': 'We hebben informatie nodig — dossier {trackingNumber}',
  'msg.information_request.reply':
    'Beantwoord dit bericht of bel ons op {phone} met vermelding van {trackingNumber}.',
  'msg.outcome.subject': 'De uitkomst van uw dossier {trackingNumber}',
  'msg.outcome.intro': 'We hebben uw dossier onderzocht. Dit is ons antwoord:',
  'msg.remedy': 'Wat we doen om het recht te zetten: {remedy}',
  'msg.outcome.notSatisfied':
    'Bent u niet tevreden met deze uitkomst, dan kunt u vragen uw dossier door te geven aan {whom}: volg uw dossier op {followUrl} of bel ons op {phone}.',
  'msg.final_response.subject': 'Ons definitieve antwoord — dossier {trackingNumber}',
  'msg.final_response.intro': 'Dit is ons definitieve antwoord op uw klacht:',
  'msg.final_response.ombudsman':
    'Bent u nog steeds niet tevreden, dan kunt u uw klacht kosteloos voorleggen aan de {ombudsman}, een onafhankelijke instantie: {website}, gratis {phone}.',
  'msg.escalation_received.subject': 'Uw verzoek om escalatie — dossier {trackingNumber}',
  'msg.escalation_received.body':
    'We hebben uw verzoek ontvangen. Uw dossier ligt nu bij {whom}, die de hele voorgeschiedenis heeft en u zal antwoorden.',
  'msg.escalation_received.answerBy': 'U krijgt uiterlijk {date} een antwoord.',
  'msg.remedy_carried_out.subject': 'Gedaan zoals beloofd — dossier {trackingNumber}',
  'msg.remedy_carried_out.intro': 'We hebben gedaan wat we beloofden:',
  'msg.identity_code.subject': 'Uw verificatiecode',
  'msg.identity_code.body':
    'Uw verificatiecode is {code}. Lees hem voor aan de medewerker met wie u spreekt; hij is 15 minuten geldig. Heeft u nu geen contact met ons, negeer dan dit bericht.',
  'msg.access_code.subject': 'Uw code om uw dossier te volgen',
  'msg.access_code.body':
    'Uw code om dossier {trackingNumber} te openen is {code}. Hij is 15 minuten geldig en werkt één keer. Heeft u hem niet aangevraagd, negeer dan dit bericht.',
  'msg.staff_update.subject': 'Dossier {trackingNumber}: nieuws van de klant',
  'msg.staff_update.email_received': 'De klant heeft gemaild over dossier {trackingNumber}. Lees het: {link}',
  'msg.staff_update.message_bounced':
    'Een e-mail aan de klant in dossier {trackingNumber} kwam terug: de klant heeft hem niet ontvangen. Neem op een andere manier contact op: {link}',
  'msg.staff_update.message_failed':
    'Een e-mail aan de klant in dossier {trackingNumber} kon niet worden bezorgd. Neem op een andere manier contact op of verstuur hem opnieuw: {link}',
  'msg.staff_update.letter_not_posted':
    'Een brief aan de klant in dossier {trackingNumber} wacht al meer dan een werkdag om gepost te worden. Druk hem af en post hem: {link}',
  'msg.staff_update.body':
    'De klant heeft geschreven of gereageerd in dossier {trackingNumber}. Open het: {link}',
  'msg.password.reset.subject': 'Uw wachtwoord opnieuw instellen',
  'msg.password.reset.body':
    'Er is gevraagd het wachtwoord van uw account opnieuw in te stellen. Open binnen een uur deze link om een nieuw wachtwoord te kiezen: {link}. Was u het niet, negeer dan dit bericht.',
  'msg.password.welcome.subject': 'Uw account bij de klachtendienst',
  'msg.password.welcome.body':
    'Er is een account voor u aangemaakt. Open binnen 7 dagen deze link om uw wachtwoord te kiezen: {link}.',
  'msg.automatic_progress.body':
    'We werken nog aan uw zaak. Een leidinggevende is op de hoogte gebracht dat we u nieuws schuldig waren, en de behandelaar van uw zaak neemt contact met u op.',
  'msg.delay.subject': 'Uw zaak {trackingNumber} duurt langer dan we zeiden',
  'msg.delay.body':
    'We hebben u een antwoord beloofd uiterlijk op {date}. Die datum kunnen we niet halen, en dat spijt ons. De reden:',
  'msg.delay.newDate': 'U krijgt ons antwoord uiterlijk op {date}.',
  'msg.delay.escalate':
    'Is dat niet aanvaardbaar, dan kunt u vragen dat een senior manager uw klacht beoordeelt: volg uw zaak op {followUrl} of bel ons op {phone}.',
  'msg.automatic_delay.body':
    'We hebben u een antwoord beloofd uiterlijk op {date}, en dat hebben we nog niet gegeven. Het spijt ons. Uw zaak is onder de aandacht van een leidinggevende gebracht, en we schrijven u zo snel mogelijk.',
  'msg.staff_alert.subject.reminder': 'Zaak {trackingNumber}: uiterlijk {date}',
  'msg.staff_alert.subject.delay_task':
    'Zaak {trackingNumber}: stuur de uitkomst of een vertragingsbericht vóór {date}',
  'msg.staff_alert.subject.breach':
    'Zaak {trackingNumber}: een belofte aan de klant is niet nagekomen ({date})',
  'msg.staff_alert.body.reminder':
    'Zaak {trackingNumber} is de klant {what} verschuldigd uiterlijk op {date}. Open de zaak: {link}',
  'msg.staff_alert.body.delay_task':
    'De verwachte datum van zaak {trackingNumber} is {date}. Kan de uitkomst niet op tijd worden verstuurd, stuur de klant dan vandaag een vertragingsbericht met de reden en een nieuwe datum: {link}',
  'msg.staff_alert.body.breach':
    'Zaak {trackingNumber} was de klant {what} verschuldigd uiterlijk op {date}, en dat is niet gebeurd. Open de zaak: {link}',
  'msg.staff_alert.what.response': 'een antwoord',
  'msg.staff_alert.what.next_update': 'nieuws',
  'msg.staff_alert.what.ombudsman_objection': 'de ombudsman het antwoord of we bezwaar maken',
  'msg.staff_alert.what.ombudsman_report': 'de ombudsman het verslag',
  'msg.ombudsman_notice.subject': 'Uw klacht {trackingNumber}: u kunt naar een onafhankelijke ombudsman',
  'msg.ombudsman_notice.deadlock':
    'We zijn er niet in geslaagd uw klacht samen met u op te lossen, en we denken niet dat verder overleg dat verandert.',
  'msg.ombudsman_notice.weeks_after_receipt':
    'We hebben uw klacht niet opgelost binnen acht weken na ontvangst.',
  'msg.resolution_summary.subject': 'Uw klacht {trackingNumber} is opgelost: een samenvatting',
  'msg.resolution_summary.body':
    'U hebt ons antwoord op {date} aanvaard, en uw klacht is opgelost. Dit bericht is de schriftelijke bevestiging.',
  'msg.resolution_summary.comesBack':
    'Komt het probleem terug of gebeurt wat we afspraken niet, bel ons dan op {phone} of volg uw zaak op {followUrl}.',
};
