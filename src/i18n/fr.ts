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

  'error.notFound.title': 'Page introuvable',
  'error.notFound.body': 'Il n’y a pas de page à cette adresse.',
  'error.generic.title': 'Une erreur est survenue',
  'error.generic.body': 'Nous n’avons pas pu traiter cette demande. Rien n’a été perdu ; veuillez réessayer.',
  'error.backHome': 'Retour à la page d’accueil',
};
