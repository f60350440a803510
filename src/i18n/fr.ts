import type { Messages } from './en.js';

export const fr: Messages = {
  'site.skipToContent': 'Aller au contenu principal',
  'site.languageSwitch': 'Langue',
  'site.footer.contact': 'Service des plaintes : {phone}',
  'site.footer.address': 'Par la poste : {address}',
  'site.footer.ombudsman': 'Règlement indépendant',
  'site.footer.code': 'Notre code de traitement des plaintes',

  'home.title': 'Plaintes et questions',
  'home.intro':
    '{organisation} traite tous les problèmes, plaintes et questions à un seul guichet. Dites-nous ce qui s’est passé : nous en accusons réception immédiatement, avec un numéro de suivi et la date à laquelle vous pouvez attendre une réponse.',
  'home.makeComplaint': 'Déposer une plainte',
  'home.makeComplaint.hint': 'Quelque chose n’a pas fonctionné et vous voulez que ce soit corrigé.',
  'home.askQuestion': 'Poser une question',
  'home.askQuestion.hint': 'Un changement de service, vos paramètres, votre compte ou une facture.',
  'home.followCase': 'Suivre mon dossier',
  'home.followCase.hint': 'Voir où en est votre dossier, répondre ou demander une escalade.',
  'home.complaintsCode': 'Notre code de traitement des plaintes',
  'home.complaintsCode.hint': 'Ce que nous promettons lorsque vous déposez une plainte, étape par étape.',
  'home.independentResolution': 'Règlement indépendant',
  'home.independentResolution.hint':
    'Si nous ne parvenons pas à un accord, un organisme indépendant peut vous aider gratuitement.',
  'home.byPhoneOrPost':
    'Vous pouvez aussi déposer une plainte par téléphone au {phone} ou par écrit à {address}.',

  'field.optional': 'facultatif',
  'field.name': 'Votre nom',
  'field.email': 'Adresse courriel',
  'field.email.hint': 'Obligatoire, sauf si vous préférez être contacté par la poste.',
  'field.phone': 'Numéro de téléphone',
  'field.postalAddress': 'Adresse postale',
  'field.postalAddress.hint': 'Obligatoire si vous préférez être contacté par la poste.',
  'field.accountNumber': 'Numéro de compte',
  'field.customerType': 'Vous êtes',
  'field.region': 'Province ou territoire',
  'field.service': 'Service concerné',
  'field.category': 'Objet',
  'field.description': 'Que s’est-il passé ?',
  'field.description.hint':
    'Décrivez le problème dans vos propres mots, avec les dates si vous les connaissez.',
  'field.history': 'Qu’est-ce qui a été fait jusqu’ici ?',
  'field.history.hint': 'Vos contacts précédents avec nous et ce qui a été dit ou fait.',
  'field.references': 'Numéros de dossiers précédents',
  'field.references.hint': 'Séparez plusieurs numéros par des virgules.',
  'field.desiredOutcome': 'Que souhaitez-vous que nous fassions ?',
  'field.preferredContact': 'Comment devons-nous vous contacter ?',
  'field.kind': 'Que souhaitez-vous faire ?',

  'kind.complaint': 'Déposer une plainte',
  'kind.inquiry':
    'Poser une question ou faire une demande (changement de service, paramètres, compte ou facture)',

  'customerType.residential': 'Un client résidentiel',
  'customerType.small_business': 'Une petite entreprise',
  'customerType.enterprise': 'Une grande entreprise ou organisation',

  'region.choose': 'Choisissez…',
  'region.AB': 'Alberta',
  'region.BC': 'Colombie-Britannique',
  'region.MB': 'Manitoba',
  'region.NB': 'Nouveau-Brunswick',
  'region.NL': 'Terre-Neuve-et-Labrador',
  'region.NS': 'Nouvelle-Écosse',
  'region.NT': 'Territoires du Nord-Ouest',
  'region.NU': 'Nunavut',
  'region.ON': 'Ontario',
  'region.PE': 'Île-du-Prince-Édouard',
  'region.QC': 'Québec',
  'region.SK': 'Saskatchewan',
  'region.YT': 'Yukon',

  'service.voice': 'Téléphone (voix)',
  'service.internet': 'Internet',
  'service.tv': 'Télévision',
  'service.wireless': 'Mobile (sans fil)',
  'service.other': 'Autre chose',

  'category.billing': 'Une facture ou des frais',
  'category.service_delivery': 'Le service ne fonctionne pas comme il le devrait',
  'category.contract': 'Mon contrat ou ses conditions',
  'category.credit_management': 'Paiements, recouvrement ou débranchement',
  'category.installation': 'Installation ou réparation',
  'category.customer_service': 'La façon dont j’ai été traité',
  'category.privacy': 'Mes renseignements personnels',
  'category.pricing': 'Les prix',
  'category.other': 'Autre chose',

  'contact.email': 'Par courriel',
  'contact.phone': 'Par téléphone',
  'contact.post': 'Par la poste',

  'validation.required': 'Veuillez remplir ce champ.',
  'validation.email': 'Entrez une adresse courriel comme nom@exemple.org.',
  'validation.tooLong': 'C’est trop long : {max} caractères au maximum.',
  'validation.choice': 'Choisissez l’une des options.',
  'validation.invalid': 'Cette valeur n’est pas valide.',
  'validation.dateInPast': 'Cette date est déjà passée.',
  'validation.codeIncorrect': 'Ce code est incorrect ou a expiré.',
  'validation.passwordTooShort': 'Utilisez au moins 12 caractères.',
  'validation.dateInFuture': 'Cette date est dans le futur.',
  'validation.attachmentType': '{file} : seuls les fichiers PDF, PNG et JPEG peuvent être joints.',
  'validation.attachmentTooLarge': '{file} : un fichier peut faire au plus 10 Mo.',
  'validation.attachmentTooMany': 'Vous pouvez joindre au plus 5 fichiers.',
  'validation.attachmentEmpty': '{file} : ce fichier est vide.',
  'field.attachments': 'Documents',
  'field.attachments.hint':
    'Une facture, une lettre ou une capture d’écran : jusqu’à 5 fichiers (PDF, PNG ou JPEG), 10 Mo chacun.',
  'validation.summary': 'Veuillez corriger les points suivants :',

  'complaintForm.title.complaint': 'Déposer une plainte',
  'complaintForm.title.inquiry': 'Poser une question',
  'complaintForm.intro':
    'Dites-nous ce qui s’est passé. Dès l’envoi de ce formulaire, vous recevez un numéro de suivi, les étapes que nous suivrons et la date à laquelle nous visons à vous répondre.',
  'complaintForm.section.you': 'À propos de vous',
  'complaintForm.section.case': 'À propos de votre dossier',
  'complaintForm.submit': 'Envoyer',

  'ack.title.complaint': 'Nous avons bien reçu votre plainte',
  'ack.title.inquiry': 'Nous avons bien reçu votre question',
  'ack.title.firstContact': 'Confirmation de ce qui a été convenu',
  'ack.trackingNumber': 'Votre numéro de suivi',
  'ack.trackingNumber.hint':
    'Conservez-le : il vous servira à suivre votre dossier et chaque fois que vous nous contactez.',
  'ack.trackingNumber.spoken': 'À lire à voix haute : {spoken}',
  'ack.expected.complaint': 'Nous visons à terminer notre enquête d’ici le {date}.',
  'ack.expected.inquiry': 'Nous visons à vous répondre d’ici le {date}.',
  'ack.received': 'Reçu le {date}.',
  'ack.receivedLetter': 'Votre lettre est arrivée le {received}; nous l’avons enregistrée le {recorded}.',
  'ack.procedure': 'Les prochaines étapes',
  'ack.follow': 'Suivez votre dossier en ligne à {url} avec votre numéro de suivi et votre adresse courriel.',
  'ack.escalate':
    'Pas satisfait ? Vous pouvez demander qu’un cadre supérieur ou le chef du soutien réexamine votre plainte : sur la même page, par téléphone au {phone}, ou par écrit à {address}. Indiquez clairement que vous souhaitez une escalade.',
  'ack.contact': 'Nos coordonnées',
  'ack.sentByEmail': 'Nous avons aussi envoyé cet accusé de réception à {email}.',
  'ack.sentByPost': 'Nous vous enverrons aussi cet accusé de réception par la poste.',
  'ack.firstContact.summary': 'Ce que nous avons convenu : {summary}',
  'ack.firstContact.comeBack':
    'Si le problème revient, contactez-nous en indiquant votre numéro de suivi : nous le reprendrons comme une plainte.',
  'ack.message.complaint':
    'Votre plainte {trackingNumber} a bien été reçue. Nous visons à terminer notre enquête d’ici le {date}.',
  'ack.message.inquiry':
    'Votre question {trackingNumber} a bien été reçue. Nous visons à vous répondre d’ici le {date}.',
  'ack.message.firstContact': 'Votre plainte {trackingNumber} a été résolue lors de votre contact avec nous.',

  'ack.printLetter': 'Télécharger cet accusé de réception sous forme de lettre à imprimer (PDF)',
  'letter.dateLine': 'Le {date}',
  'letter.subject': 'Objet : {title} — {trackingNumber}',

  'procedure.investigate':
    'Un conseiller examine votre plainte. Il peut vous poser des questions, notamment pour vérifier votre identité.',
  'procedure.keep_in_touch': 'Nous restons régulièrement en contact avec vous pendant l’enquête.',
  'procedure.outcome': 'Nous vous communiquons le résultat dès la fin de l’enquête.',
  'procedure.escalate':
    'Si le résultat ne vous satisfait pas, vous pouvez faire réexaminer votre plainte par un cadre supérieur et/ou le chef du soutien.',
  'procedure.ombudsman':
    'Si nous ne parvenons toujours pas à un accord, la {ombudsman} peut vous aider gratuitement : {website}, {phone}.',
  'procedure.answer': 'Un conseiller répond à votre question ou traite votre demande.',
  'procedure.convert_if_unsatisfied':
    'Si la réponse ne règle pas la question, vous pouvez à tout moment transformer votre question en plainte.',

  'email.greeting': 'Bonjour {name},',
  'email.signature': '{organisation} — Service des plaintes',

  'nav.backHome': 'Accueil',
  'code.title': 'Notre code de traitement des plaintes',
  'code.intro':
    'Voici le code de conduite que {organisation} suit lorsque vous déposez une plainte. Chacune de ses promesses est intégrée à la façon dont nous traitons votre dossier.',
  'code.s1.title': 'I. Déposer une plainte',
  'code.s1.p1':
    'Notre service à la clientèle traite tous les problèmes et toutes les plaintes, et répond aussi à vos questions courantes sur les changements de service, les paramètres, votre compte ou vos factures. Si vous avez un problème, ou si vous avez déjà contacté notre équipe et estimez ne pas avoir reçu le soutien qui convient, vous pouvez déposer une plainte : a) au moyen de notre formulaire en ligne; b) par téléphone au {phone}; et/ou c) par écrit à {address}.',
  'code.s1.p2':
    'Indiquez clairement la nature de votre plainte et son historique, avec les numéros de dossiers précédents si vous les avez, afin que nous puissions l’examiner correctement.',
  'code.s2.title': 'II. Ce à quoi vous pouvez vous attendre',
  'code.s2.p1':
    'Nous visons à résoudre toutes les plaintes à la satisfaction de nos clients. Nos conseillers peuvent vous poser des questions pour vérifier votre identité et tenteront de régler le problème le plus rapidement possible — pendant l’appel ou le clavardage lorsque c’est possible. Les plaintes font immédiatement l’objet d’un accusé de réception : nous vous attribuons un numéro de suivi, vous indiquons la procédure d’enquête et le délai approximatif dans lequel nous visons à la terminer.',
  'code.s2.p2':
    'Nos conseillers restent régulièrement en contact avec vous et vous communiquent le résultat sans tarder une fois l’enquête terminée.',
  'code.s3.title': 'III. Faire remonter une plainte',
  'code.s3.p1':
    'Si vous estimez que votre plainte n’est pas traitée à votre satisfaction, vous pouvez la faire remonter à un cadre supérieur et/ou au chef du soutien, de la même manière que vous pouvez déposer une plainte : par écrit, par téléphone ou par votre dossier. Indiquez clairement que vous souhaitez que votre plainte soit transmise à un cadre supérieur et/ou au chef du soutien.',
  'code.s4.title': 'IV. Règlement indépendant',
  'code.s4.p1':
    'Nous faisons tout pour résoudre votre plainte rapidement et efficacement, mais il faut parfois une tierce partie neutre. Vous pouvez vous adresser à la {ombudsman}, un organisme indépendant qui règle gratuitement les plaintes des consommateurs concernant leurs services de télécommunication et de télévision, et celles des petites entreprises concernant leurs services de télécommunication. Vous devez d’abord tenter de régler votre plainte avec nous; si vous l’avez fait sans obtenir satisfaction, la {ombudsman} pourra peut-être vous aider. Pour en savoir plus : {website}, sans frais au {ombudsmanPhone}.',
  'ombudsman.title': 'Règlement indépendant',
  'ombudsman.what':
    'La {ombudsman} est indépendante de {organisation}. Elle règle gratuitement les plaintes des consommateurs concernant leurs services de téléphone, d’Internet, de sans-fil et de télévision, et celles des petites entreprises concernant leurs services de télécommunication.',
  'ombudsman.first':
    'Donnez-nous d’abord la chance de corriger la situation : déposez une plainte et faites-la remonter à un cadre supérieur ou au chef du soutien si vous n’êtes pas satisfait. Si cela ne règle pas la question, vous pouvez vous adresser à la {ombudsman}.',
  'ombudsman.free': 'Son aide ne vous coûte rien.',
  'ombudsman.contact': 'Site Web : {website} — sans frais : {phone}',
  'ombudsman.complainFirst': 'Nous adresser d’abord une plainte',

  'error.notFound.title': 'Page introuvable',
  'error.notFound.body': 'Il n’y a pas de page à cette adresse.',
  'error.generic.title': 'Une erreur est survenue',
  'error.generic.body': 'Nous n’avons pas pu traiter cette demande. Rien n’a été perdu ; veuillez réessayer.',
  'error.tooMany.title': 'Trop d’envois',
  'error.tooMany.body':
    'Vous avez envoyé plusieurs formulaires en peu de temps. Attendez une minute et réessayez ; rien de ce que vous avez envoyé n’est perdu.',
  'error.backHome': 'Retour à la page d’accueil',

  'msg.caseLine': 'Dossier {trackingNumber}',
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
  'msg.remedy_carried_out.subject': 'C’est fait, comme promis — dossier {trackingNumber}',
  'msg.remedy_carried_out.intro': 'Nous avons fait ce que nous avions promis :',
  'msg.identity_code.subject': 'Votre code de vérification',
  'msg.identity_code.body':
    'Votre code de vérification est {code}. Lisez-le au conseiller avec qui vous parlez ; il est valable 15 minutes. Si vous n’êtes pas en contact avec nous en ce moment, ignorez ce message.',
  'msg.password.reset.subject': 'Réinitialiser votre mot de passe',
  'msg.password.reset.body':
    'Une réinitialisation du mot de passe de votre compte a été demandée. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure : {link}. Si ce n’était pas vous, ignorez ce message.',
  'msg.password.welcome.subject': 'Votre compte au service des plaintes',
  'msg.password.welcome.body':
    'Un compte a été créé pour vous. Pour choisir votre mot de passe, ouvrez ce lien dans les 7 jours : {link}.',
};
