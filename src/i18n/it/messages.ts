import type { MailMessages } from '../en.js';

/** The emails and letters to customers and staff. */
export const itMessages: MailMessages = {
  'letter.dateLine': '{date}',
  'letter.subject': 'Oggetto: {title} — {trackingNumber}',
  'email.greeting': 'Gentile {name},',
  'email.signature': '{organisation} — Ufficio reclami',
  'msg.caseLine': 'Pratica {trackingNumber}. Questo link la apre per 30 giorni, senza codice: {followUrl}',
  'msg.level.2': 'un senior manager',
  'msg.level.3': 'la responsabile dell’assistenza clienti',
  'msg.progress_update.subject': 'Aggiornamento sulla sua pratica {trackingNumber}',
  'msg.progress_update.nextUpdate': 'Avrà nostre notizie entro il {date}.',
  'msg.information_request.subject': 'Ci servono alcune informazioni — pratica {trackingNumber}',
  'msg.information_request.reply':
    'Risponda a questo messaggio o ci chiami al {phone} indicando {trackingNumber}.',
  'msg.outcome.subject': 'L’esito della sua pratica {trackingNumber}',
  'msg.outcome.intro': 'Abbiamo esaminato la sua pratica. Questa è la nostra risposta:',
  'msg.remedy': 'Cosa faremo per rimediare: {remedy}',
  'msg.outcome.notSatisfied':
    'Se non è soddisfatto di questo esito, può chiedere che la sua pratica passi a {whom}: segua la pratica su {followUrl} o ci chiami al {phone}.',
  'msg.final_response.subject': 'La nostra risposta definitiva — pratica {trackingNumber}',
  'msg.final_response.intro': 'Questa è la nostra risposta definitiva al suo reclamo:',
  'msg.final_response.ombudsman':
    'Se non è ancora soddisfatto, può rivolgersi gratuitamente alla {ombudsman}, un organismo indipendente: {website}, numero verde {phone}.',
  'msg.escalation_received.subject': 'La sua richiesta di escalation — pratica {trackingNumber}',
  'msg.escalation_received.body':
    'Abbiamo ricevuto la sua richiesta. La sua pratica è ora affidata a {whom}, che ne conosce tutta la storia e le risponderà.',
  'msg.escalation_received.answerBy': 'Avrà una risposta entro il {date}.',
  'msg.remedy_carried_out.subject': 'Fatto, come promesso — pratica {trackingNumber}',
  'msg.remedy_carried_out.intro': 'Abbiamo fatto quanto promesso:',
  'msg.identity_code.subject': 'Il suo codice di verifica',
  'msg.identity_code.body':
    'Il suo codice di verifica è {code}. Lo legga all’operatore con cui sta parlando; è valido 15 minuti. Se in questo momento non è in contatto con noi, ignori questo messaggio.',
  'msg.access_code.subject': 'Il suo codice per seguire la pratica',
  'msg.access_code.body':
    'Il suo codice per aprire la pratica {trackingNumber} è {code}. È valido 15 minuti e funziona una sola volta. Se non l’ha richiesto, ignori questo messaggio.',
  'msg.staff_update.subject': 'Pratica {trackingNumber}: novità dal cliente',
  'msg.staff_update.email_received':
    'Il cliente ha scritto un’email sulla pratica {trackingNumber}. La legga: {link}',
  'msg.staff_update.message_bounced':
    'Un’email al cliente sulla pratica {trackingNumber} è tornata indietro: non l’ha ricevuta. Lo contatti in altro modo: {link}',
  'msg.staff_update.message_failed':
    'Un’email al cliente sulla pratica {trackingNumber} non è stata recapitata. Lo contatti in altro modo o la reinvii: {link}',
  'msg.staff_update.letter_not_posted':
    'Una lettera al cliente sulla pratica {trackingNumber} attende da più di un giorno lavorativo di essere spedita. La stampi e la spedisca: {link}',
  'msg.staff_update.body': 'Il cliente ha scritto o agito sulla pratica {trackingNumber}. La apra: {link}',
  'msg.password.reset.subject': 'Reimposti la password',
  'msg.password.reset.body':
    'È stato chiesto di reimpostare la password del suo account. Per sceglierne una nuova, apra questo link entro un’ora: {link}. Se non è stato lei, ignori questo messaggio.',
  'msg.password.welcome.subject': 'Il suo account presso l’ufficio reclami',
  'msg.password.welcome.body':
    'È stato creato un account per lei. Per scegliere la password, apra questo link entro 7 giorni: {link}.',
  'msg.automatic_progress.body':
    'Stiamo ancora lavorando alla sua pratica. Un responsabile è stato informato che le dovevamo notizie, e la persona che segue la pratica la contatterà.',
  'msg.delay.subject': 'La sua pratica {trackingNumber} richiederà più tempo del previsto',
  'msg.delay.body':
    'Le avevamo promesso una risposta entro il {date}. Non possiamo rispettare questa data, e ce ne scusiamo. Il motivo:',
  'msg.delay.newDate': 'Avrà la nostra risposta entro il {date}.',
  'msg.delay.escalate':
    'Se non le va bene, può chiedere che un senior manager esamini il suo reclamo: segua la pratica su {followUrl} oppure ci chiami al {phone}.',
  'msg.automatic_delay.body':
    'Le avevamo promesso una risposta entro il {date}, e non l’abbiamo ancora data. Ce ne scusiamo. La sua pratica è stata segnalata a un responsabile, e le scriveremo il prima possibile.',
  'msg.staff_alert.subject.reminder': 'Pratica {trackingNumber}: scadenza il {date}',
  'msg.staff_alert.subject.delay_task':
    'Pratica {trackingNumber}: inviare l’esito o un avviso di ritardo prima del {date}',
  'msg.staff_alert.subject.breach':
    'Pratica {trackingNumber}: una promessa al cliente non è stata mantenuta ({date})',
  'msg.staff_alert.body.reminder':
    'La pratica {trackingNumber} deve al cliente {what} entro il {date}. Apritela: {link}',
  'msg.staff_alert.body.delay_task':
    'La data prevista della pratica {trackingNumber} è il {date}. Se l’esito non può essere inviato entro quella data, inviate oggi al cliente un avviso di ritardo con il motivo e una nuova data: {link}',
  'msg.staff_alert.body.breach':
    'La pratica {trackingNumber} doveva al cliente {what} entro il {date}, e non è stato fatto. Apritela: {link}',
  'msg.staff_alert.what.response': 'una risposta',
  'msg.staff_alert.what.next_update': 'un aggiornamento',
  'msg.staff_alert.what.ombudsman_objection': 'all’ombudsman la risposta sull’eventuale obiezione',
  'msg.staff_alert.what.ombudsman_report': 'all’ombudsman la relazione',
  'msg.ombudsman_notice.subject':
    'Il suo reclamo {trackingNumber}: può rivolgersi a un ombudsman indipendente',
  'msg.ombudsman_notice.deadlock':
    'Non siamo riusciti a risolvere il suo reclamo insieme a lei, e non crediamo che ulteriori scambi cambierebbero le cose.',
  'msg.ombudsman_notice.weeks_after_receipt':
    'Non abbiamo risolto il suo reclamo entro otto settimane dalla ricezione.',
  'msg.resolution_summary.subject': 'Il suo reclamo {trackingNumber} è risolto: un riepilogo',
  'msg.resolution_summary.body':
    'Ha accettato la nostra risposta il {date}, e il suo reclamo è risolto. Questo messaggio ne è la conferma scritta.',
  'msg.resolution_summary.comesBack':
    'Se il problema si ripresenta o quanto concordato non viene fatto, ci chiami al {phone} o segua la pratica su {followUrl}.',
};
