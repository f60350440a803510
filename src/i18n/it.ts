import type { Messages } from './en.js';

export const it: Messages = {
  'site.skipToContent': 'Vai al contenuto principale',
  'site.languageSwitch': 'Lingua',
  'site.footer.contact': 'Ufficio reclami: {phone}',
  'site.footer.address': 'Per posta: {address}',
  'site.footer.ombudsman': 'Risoluzione indipendente',
  'site.footer.code': 'Il nostro codice per i reclami',

  'home.title': 'Reclami e domande',
  'home.intro':
    '{organisation} gestisce ogni problema, reclamo e domanda presso un unico sportello. Raccontaci cosa è successo: ne confermiamo subito la ricezione, con un numero di tracciamento e la data entro cui puoi aspettarti una risposta.',
  'home.makeComplaint': 'Presentare un reclamo',
  'home.makeComplaint.hint': 'Qualcosa è andato storto e vuoi che venga risolto.',
  'home.askQuestion': 'Fare una domanda',
  'home.askQuestion.hint': 'Una modifica del servizio, le tue impostazioni, il tuo account o una fattura.',
  'home.followCase': 'Seguire la mia pratica',
  'home.followCase.hint': 'Vedi a che punto è la tua pratica, rispondi o chiedi un’escalation.',
  'home.complaintsCode': 'Il nostro codice per i reclami',
  'home.complaintsCode.hint': 'Cosa promettiamo quando presenti un reclamo, passo dopo passo.',
  'home.independentResolution': 'Risoluzione indipendente',
  'home.independentResolution.hint':
    'Se non troviamo un accordo, un organismo indipendente può aiutarti gratuitamente.',
  'home.byPhoneOrPost':
    'Puoi anche presentare un reclamo per telefono al {phone} o per iscritto a {address}.',

  'field.optional': 'facoltativo',
  'field.name': 'Il tuo nome',
  'field.email': 'Indirizzo email',
  'field.email.hint': 'Obbligatorio, a meno che tu preferisca essere contattato per posta.',
  'field.phone': 'Numero di telefono',
  'field.postalAddress': 'Indirizzo postale',
  'field.postalAddress.hint': 'Obbligatorio se preferisci essere contattato per posta.',
  'field.accountNumber': 'Numero cliente',
  'field.customerType': 'Sei',
  'field.region': 'Provincia o territorio',
  'field.service': 'Servizio interessato',
  'field.category': 'Di cosa si tratta?',
  'field.description': 'Cosa è successo?',
  'field.description.hint': 'Descrivi il problema con parole tue, indicando le date se le conosci.',
  'field.history': 'Cosa è successo finora?',
  'field.history.hint': 'I contatti precedenti con noi e cosa è stato detto o fatto.',
  'field.references': 'Numeri di pratiche precedenti',
  'field.references.hint': 'Separa più numeri con una virgola.',
  'field.desiredOutcome': 'Cosa vorresti che facessimo?',
  'field.preferredContact': 'Come preferisci essere contattato?',
  'field.kind': 'Cosa desideri fare?',

  'kind.complaint': 'Presentare un reclamo',
  'kind.inquiry': 'Fare una domanda o una richiesta (modifica del servizio, impostazioni, account o fattura)',

  'customerType.residential': 'Un cliente privato',
  'customerType.small_business': 'Una piccola impresa',
  'customerType.enterprise': 'Una grande impresa o un’organizzazione',

  'region.choose': 'Scegli…',
  'region.AB': 'Alberta',
  'region.BC': 'Columbia Britannica',
  'region.MB': 'Manitoba',
  'region.NB': 'Nuovo Brunswick',
  'region.NL': 'Terranova e Labrador',
  'region.NS': 'Nuova Scozia',
  'region.NT': 'Territori del Nord-Ovest',
  'region.NU': 'Nunavut',
  'region.ON': 'Ontario',
  'region.PE': 'Isola del Principe Edoardo',
  'region.QC': 'Québec',
  'region.SK': 'Saskatchewan',
  'region.YT': 'Yukon',

  'service.voice': 'Telefono (voce)',
  'service.internet': 'Internet',
  'service.tv': 'Televisione',
  'service.wireless': 'Mobile',
  'service.other': 'Altro',

  'category.billing': 'Una fattura o un addebito',
  'category.service_delivery': 'Il servizio non funziona come dovrebbe',
  'category.contract': 'Il mio contratto o le sue condizioni',
  'category.credit_management': 'Pagamenti, recupero crediti o disattivazione',
  'category.installation': 'Installazione o riparazione',
  'category.customer_service': 'Come sono stato trattato',
  'category.privacy': 'I miei dati personali',
  'category.pricing': 'I prezzi',
  'category.other': 'Altro',

  'contact.email': 'Per email',
  'contact.phone': 'Per telefono',
  'contact.post': 'Per posta',

  'validation.required': 'Compila questo campo.',
  'validation.email': 'Inserisci un indirizzo email come nome@esempio.it.',
  'validation.tooLong': 'Il testo è troppo lungo: al massimo {max} caratteri.',
  'validation.choice': 'Scegli una delle opzioni.',
  'validation.invalid': 'Questo valore non è valido.',
  'validation.dateInPast': 'Questa data è già passata.',
  'validation.codeIncorrect': 'Questo codice non è corretto o è scaduto.',
  'validation.passwordTooShort': 'Usa almeno 12 caratteri.',
  'validation.dateInFuture': 'Questa data è nel futuro.',
  'validation.attachmentType': '{file}: si possono allegare solo file PDF, PNG e JPEG.',
  'validation.attachmentTooLarge': '{file}: un file può essere al massimo di 10 MB.',
  'validation.attachmentTooMany': 'Puoi allegare al massimo 5 file.',
  'validation.attachmentEmpty': '{file}: questo file è vuoto.',
  'field.attachments': 'Documenti',
  'field.attachments.hint':
    'Una fattura, una lettera o uno screenshot: fino a 5 file (PDF, PNG o JPEG), 10 MB ciascuno.',
  'validation.summary': 'Correggi quanto segue:',

  'complaintForm.title.complaint': 'Presentare un reclamo',
  'complaintForm.title.inquiry': 'Fare una domanda',
  'complaintForm.intro':
    'Raccontaci cosa è successo. Appena invii questo modulo ricevi un numero di tracciamento, i passaggi che seguiremo e la data entro cui intendiamo risponderti.',
  'complaintForm.section.you': 'Chi sei',
  'complaintForm.section.case': 'La tua pratica',
  'complaintForm.submit': 'Invia',

  'ack.title.complaint': 'Abbiamo ricevuto il tuo reclamo',
  'ack.title.inquiry': 'Abbiamo ricevuto la tua domanda',
  'ack.title.firstContact': 'Conferma di quanto concordato',
  'ack.trackingNumber': 'Il tuo numero di tracciamento',
  'ack.trackingNumber.hint': 'Conservalo: ti serve per seguire la tua pratica e ogni volta che ci contatti.',
  'ack.trackingNumber.spoken': 'Da leggere ad alta voce: {spoken}',
  'ack.expected.complaint': 'Intendiamo concludere l’indagine entro il {date}.',
  'ack.expected.inquiry': 'Intendiamo risponderti entro il {date}.',
  'ack.received': 'Ricevuto il {date}.',
  'ack.receivedLetter': 'La tua lettera è arrivata il {received}; l’abbiamo registrata il {recorded}.',
  'ack.procedure': 'Cosa succede ora',
  'ack.follow':
    'Segui la tua pratica online su {url} con il numero di tracciamento e il tuo indirizzo email.',
  'ack.escalate':
    'Non sei soddisfatto? Puoi chiedere che il tuo reclamo venga riesaminato da un dirigente o dal responsabile dell’assistenza: dalla stessa pagina, per telefono al {phone}, o per iscritto a {address}. Indica chiaramente che desideri un’escalation.',
  'ack.contact': 'I nostri recapiti',
  'ack.sentByEmail': 'Abbiamo inviato questa conferma anche a {email}.',
  'ack.sentByPost': 'Ti invieremo questa conferma anche per posta.',
  'ack.firstContact.summary': 'Quanto concordato: {summary}',
  'ack.firstContact.comeBack':
    'Se il problema si ripresenta, contattaci indicando il numero di tracciamento: lo riprenderemo come reclamo.',
  'ack.message.complaint':
    'Il tuo reclamo {trackingNumber} è stato ricevuto. Intendiamo concludere l’indagine entro il {date}.',
  'ack.message.inquiry':
    'La tua domanda {trackingNumber} è stata ricevuta. Intendiamo risponderti entro il {date}.',
  'ack.message.firstContact': 'Il tuo reclamo {trackingNumber} è stato risolto durante il contatto con noi.',

  'ack.printLetter': 'Scarica questa conferma come lettera da stampare (PDF)',
  'letter.dateLine': '{date}',
  'letter.subject': 'Oggetto: {title} — {trackingNumber}',

  'procedure.investigate':
    'Un consulente esamina il tuo reclamo. Potrà farti domande, anche per verificare la tua identità.',
  'procedure.keep_in_touch': 'Restiamo regolarmente in contatto con te durante l’indagine.',
  'procedure.outcome': 'Ti comunichiamo l’esito appena l’indagine è conclusa.',
  'procedure.escalate':
    'Se l’esito non ti soddisfa, puoi far riesaminare il tuo reclamo da un dirigente e/o dal responsabile dell’assistenza.',
  'procedure.ombudsman':
    'Se non troviamo ancora un accordo, la {ombudsman} può aiutarti gratuitamente: {website}, {phone}.',
  'procedure.answer': 'Un consulente risponde alla tua domanda o esegue la tua richiesta.',
  'procedure.convert_if_unsatisfied':
    'Se la risposta non risolve la questione, puoi trasformare la tua domanda in un reclamo in qualsiasi momento.',

  'email.greeting': 'Gentile {name},',
  'email.signature': '{organisation} — Ufficio reclami',

  'nav.backHome': 'Pagina iniziale',
  'code.title': 'Il nostro codice per i reclami',
  'code.intro':
    'Questo è il codice di condotta che {organisation} segue quando presenti un reclamo. Ogni promessa che contiene è integrata nel modo in cui gestiamo la tua pratica.',
  'code.s1.title': 'I. Come presentare un reclamo',
  'code.s1.p1':
    'Il nostro supporto clienti gestisce tutte le lamentele e i reclami, come anche le richieste quotidiane di informazioni su modifiche del servizio, configurazione e fatturazione/account. Se hai uno di questi problemi, o hai già contattato il nostro team e ritieni di non aver ricevuto un supporto adeguato, puoi presentare un reclamo: (a) con il nostro modulo online; (b) chiamando il numero {phone}; e/o (c) scrivendoci all’indirizzo: {address}.',
  'code.s1.p2':
    'Per consentirci di accertare i fatti, specifica chiaramente la natura del reclamo e la relativa cronologia, inclusi i numeri di pratiche precedenti, laddove possibile.',
  'code.s2.title': 'II. Cosa aspettarsi',
  'code.s2.p1':
    'Ci impegniamo a risolvere tutti i reclami con la soddisfazione dei nostri clienti. I nostri consulenti potrebbero porti domande per verificare la tua identità e cercheranno di risolvere il problema rapidamente (ad esempio al telefono o in chat). I reclami vengono riconosciuti subito: ti assegniamo un numero di tracciamento, ti informiamo sulla procedura di accertamento che seguiremo e ti indichiamo i tempi approssimativi entro cui intendiamo concludere l’indagine.',
  'code.s2.p2':
    'I nostri consulenti restano regolarmente in contatto con te e ti informano prontamente dell’esito dell’indagine una volta conclusa.',
  'code.s3.title': 'III. Come riassegnare un reclamo',
  'code.s3.p1':
    'Se ritieni che il tuo reclamo non sia gestito in modo soddisfacente, puoi riassegnarlo a un dirigente e/o al responsabile del supporto, negli stessi modi in cui puoi presentare un reclamo: per iscritto, al telefono o tramite la tua pratica. Indica chiaramente che desideri riassegnare il reclamo a un dirigente e/o al responsabile del supporto.',
  'code.s4.title': 'IV. Procedura di risoluzione indipendente',
  'code.s4.p1':
    'Ci impegniamo sempre a risolvere i reclami in modo rapido ed efficace, ma a volte serve una terza parte neutrale. Puoi rivolgerti alla {ombudsman}, un organismo indipendente che risolve gratuitamente i reclami dei consumatori sui servizi di telecomunicazione e televisione e quelli delle piccole imprese sui servizi di telecomunicazione. Devi prima provare a risolvere il reclamo con noi; se non è stato possibile raggiungere una soluzione soddisfacente, la {ombudsman} potrebbe aiutarti. Per maggiori informazioni: {website}, numero verde {ombudsmanPhone}.',
  'ombudsman.title': 'Risoluzione indipendente',
  'ombudsman.what':
    'La {ombudsman} è indipendente da {organisation}. Risolve gratuitamente i reclami dei consumatori sui servizi di telefono, Internet, mobile e televisione, e quelli delle piccole imprese sui servizi di telecomunicazione.',
  'ombudsman.first':
    'Dacci prima la possibilità di rimediare: presenta un reclamo e chiedi che venga riesaminato da un dirigente o dal responsabile del supporto se non sei soddisfatto. Se così non si risolve, puoi rivolgerti alla {ombudsman}.',
  'ombudsman.free': 'Il suo aiuto non ti costa nulla.',
  'ombudsman.contact': 'Sito web: {website} — numero verde: {phone}',
  'ombudsman.complainFirst': 'Presentaci prima un reclamo',

  'error.notFound.title': 'Pagina non trovata',
  'error.notFound.body': 'A questo indirizzo non c’è nessuna pagina.',
  'error.generic.title': 'Si è verificato un errore',
  'error.generic.body': 'Non siamo riusciti a gestire questa richiesta. Non è andato perso nulla; riprova.',
  'error.tooMany.title': 'Troppi invii',
  'error.tooMany.body':
    'Hai inviato diversi moduli in poco tempo. Attendi un minuto e riprova; nulla di quanto inviato prima è andato perso.',
  'error.backHome': 'Torna alla pagina iniziale',

  'msg.caseLine': 'Pratica {trackingNumber}',
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
  'msg.remedy_carried_out.subject': 'Fatto, come promesso — pratica {trackingNumber}',
  'msg.remedy_carried_out.intro': 'Abbiamo fatto quanto promesso:',
  'msg.identity_code.subject': 'Il suo codice di verifica',
  'msg.identity_code.body':
    'Il suo codice di verifica è {code}. Lo legga all’operatore con cui sta parlando; è valido 15 minuti. Se in questo momento non è in contatto con noi, ignori questo messaggio.',
  'msg.password.reset.subject': 'Reimposti la password',
  'msg.password.reset.body':
    'È stato chiesto di reimpostare la password del suo account. Per sceglierne una nuova, apra questo link entro un’ora: {link}. Se non è stato lei, ignori questo messaggio.',
  'msg.password.welcome.subject': 'Il suo account presso l’ufficio reclami',
  'msg.password.welcome.body':
    'È stato creato un account per lei. Per scegliere la password, apra questo link entro 7 giorni: {link}.',
};
