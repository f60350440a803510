import type { MailMessages } from '../en.js';

/** The emails and letters to customers and staff. */
export const frMessages: MailMessages = {
  'letter.dateLine': 'Le {date}',
  'letter.subject': 'Objet : {title} — {trackingNumber}',
  'email.greeting': 'Bonjour {name},',
  'email.signature': '{organisation} — Service des plaintes',
  'msg.caseLine': 'Dossier {trackingNumber}. Ce lien l’ouvre pendant 30 jours, sans code : {followUrl}',
  'msg.level.2': 'un cadre supérieur',
  'msg.level.3': 'la responsable du service à la clientèle',
  'msg.progress_update.subject': 'Des nouvelles de votre dossier {trackingNumber}',
  'msg.progress_update.nextUpdate': 'Vous aurez de nos nouvelles au plus tard le {date}.',
  'msg.information_request.subject': 'Nous avons besoin de renseignements — dossier {trackingNumber}',
  'msg.information_request.reply':
    'Veuillez répondre à ce message ou nous appeler au {phone} en indiquant {trackingNumber}.',
  'msg.outcome.subject': 'La conclusion de votre dossier {trackingNumber}',
  'msg.outcome.intro': 'Nous avons examiné votre dossier. Voici notre réponse :',
  'msg.remedy': 'Ce que nous ferons pour corriger la situation : {remedy}',
  'msg.outcome.notSatisfied':
    'Si cette conclusion ne vous satisfait pas, vous pouvez demander que votre dossier soit transmis à {whom} : suivez votre dossier sur {followUrl} ou appelez-nous au {phone}.',
  'msg.final_response.subject': 'Notre réponse définitive — dossier {trackingNumber}',
  'msg.final_response.intro': 'Voici notre réponse définitive à votre plainte :',
  'msg.final_response.ombudsman':
    'Si vous n’êtes toujours pas satisfait, vous pouvez soumettre votre plainte gratuitement à la {ombudsman}, un organisme indépendant : {website}, sans frais {phone}.',
  'msg.escalation_received.subject': 'Votre demande de transmission — dossier {trackingNumber}',
  'msg.escalation_received.body':
    'Nous avons reçu votre demande. Votre dossier est maintenant entre les mains de {whom}, qui dispose de tout son historique et vous répondra.',
  'msg.escalation_received.answerBy': 'Vous aurez une réponse au plus tard le {date}.',
  'msg.remedy_carried_out.subject': 'C’est fait, comme promis — dossier {trackingNumber}',
  'msg.remedy_carried_out.intro': 'Nous avons fait ce que nous avions promis :',
  'msg.identity_code.subject': 'Votre code de vérification',
  'msg.identity_code.body':
    'Votre code de vérification est {code}. Lisez-le au conseiller avec qui vous parlez ; il est valable 15 minutes. Si vous n’êtes pas en contact avec nous en ce moment, ignorez ce message.',
  'msg.access_code.subject': 'Votre code pour suivre votre dossier',
  'msg.access_code.body':
    'Votre code pour ouvrir le dossier {trackingNumber} est {code}. Il est valable 15 minutes, une seule fois. Si vous ne l’avez pas demandé, ignorez ce message.',
  'msg.staff_update.subject': 'Dossier {trackingNumber} : du nouveau du client',
  'msg.staff_update.email_received':
    'Le client a écrit par courriel au sujet du dossier {trackingNumber}. Lisez-le : {link}',
  'msg.staff_update.message_bounced':
    'Un courriel au client dans le dossier {trackingNumber} n’a pas été remis : il ne l’a pas reçu. Joignez-le autrement : {link}',
  'msg.staff_update.message_failed':
    'Un courriel au client dans le dossier {trackingNumber} n’a pas pu être remis. Joignez-le autrement ou renvoyez-le : {link}',
  'msg.staff_update.letter_not_posted':
    'Une lettre au client dans le dossier {trackingNumber} attend depuis plus d’un jour ouvrable d’être postée. Imprimez-la et postez-la : {link}',
  'msg.staff_update.body': 'Le client a écrit ou agi dans le dossier {trackingNumber}. Ouvrez-le : {link}',
  'msg.password.reset.subject': 'Réinitialiser votre mot de passe',
  'msg.password.reset.body':
    'Une réinitialisation du mot de passe de votre compte a été demandée. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure : {link}. Si ce n’était pas vous, ignorez ce message.',
  'msg.password.welcome.subject': 'Votre compte au service des plaintes',
  'msg.password.welcome.body':
    'Un compte a été créé pour vous. Pour choisir votre mot de passe, ouvrez ce lien dans les 7 jours : {link}.',
  'msg.automatic_progress.body':
    'Nous travaillons toujours sur votre dossier. Un gestionnaire a été informé que nous vous devions des nouvelles, et la personne qui traite votre dossier vous contactera.',
  'msg.delay.subject': 'Votre dossier {trackingNumber} prendra plus de temps que prévu',
  'msg.delay.body':
    'Nous vous avions promis une réponse au plus tard le {date}. Nous ne pouvons pas tenir cette date, et nous en sommes désolés. La raison :',
  'msg.delay.newDate': 'Vous aurez notre réponse au plus tard le {date}.',
  'msg.delay.escalate':
    'Si cela ne vous convient pas, vous pouvez demander qu’un gestionnaire principal examine votre plainte : suivez votre dossier sur {followUrl} ou appelez-nous au {phone}.',
  'msg.automatic_delay.body':
    'Nous vous avions promis une réponse au plus tard le {date}, et nous ne l’avons pas encore donnée. Nous en sommes désolés. Votre dossier a été signalé à un gestionnaire, et nous vous écrirons dès que possible.',
  'msg.staff_alert.subject.reminder': 'Dossier {trackingNumber} : échéance le {date}',
  'msg.staff_alert.subject.delay_task':
    'Dossier {trackingNumber} : envoyez le résultat ou un avis de retard avant le {date}',
  'msg.staff_alert.subject.breach':
    'Dossier {trackingNumber} : une promesse au client n’a pas été tenue ({date})',
  'msg.staff_alert.body.reminder':
    'Le dossier {trackingNumber} doit au client {what} au plus tard le {date}. Ouvrez-le : {link}',
  'msg.staff_alert.body.delay_task':
    'La date prévue du dossier {trackingNumber} est le {date}. Si le résultat ne peut pas être envoyé d’ici là, envoyez aujourd’hui au client un avis de retard avec la raison et une nouvelle date : {link}',
  'msg.staff_alert.body.breach':
    'Le dossier {trackingNumber} devait au client {what} au plus tard le {date}, et ce n’a pas été fait. Ouvrez-le : {link}',
  'msg.staff_alert.what.response': 'une réponse',
  'msg.staff_alert.what.next_update': 'des nouvelles',
  'msg.staff_alert.what.ombudsman_objection': 'à l’ombudsman sa réponse sur une éventuelle objection',
  'msg.staff_alert.what.ombudsman_report': 'à l’ombudsman son rapport',
  'msg.ombudsman_notice.subject':
    'Votre plainte {trackingNumber} : vous pouvez la soumettre à un ombudsman indépendant',
  'msg.ombudsman_notice.deadlock':
    'Nous n’avons pas pu régler votre plainte avec vous, et nous ne pensons pas que d’autres échanges y changeraient quelque chose.',
  'msg.ombudsman_notice.weeks_after_receipt':
    'Nous n’avons pas réglé votre plainte dans les huit semaines suivant sa réception.',
  'msg.resolution_summary.subject': 'Votre plainte {trackingNumber} est réglée : un résumé',
  'msg.resolution_summary.body':
    'Vous avez accepté notre réponse le {date}, et votre plainte est réglée. Ce message en est la confirmation écrite.',
  'msg.resolution_summary.comesBack':
    'Si le problème revient ou si ce qui a été convenu n’est pas fait, appelez-nous au {phone} ou suivez votre dossier sur {followUrl}.',
};
