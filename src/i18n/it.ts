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

  'error.notFound.title': 'Pagina non trovata',
  'error.notFound.body': 'A questo indirizzo non c’è nessuna pagina.',
  'error.generic.title': 'Si è verificato un errore',
  'error.generic.body': 'Non siamo riusciti a gestire questa richiesta. Non è andato perso nulla; riprova.',
  'error.backHome': 'Torna alla pagina iniziale',
};
