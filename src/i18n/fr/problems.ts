import type { ProblemMessages } from '../en.js';

export const frProblems: ProblemMessages = {
  'problem.malformed_request': 'La requête n’a pas pu être lue',
  'problem.validation_failed': 'Des champs manquent ou ne sont pas valides',
  'problem.payload_too_large': 'La requête est trop volumineuse',
  'problem.unsupported_media_type': 'Ce type de contenu n’est pas accepté',
  'problem.not_found': 'Introuvable',
  'problem.method_not_allowed': 'Cette méthode n’est pas permise ici',
  'problem.too_many_requests': 'Trop de requêtes',
  'problem.service_unavailable': 'Le service ne peut pas traiter cette requête pour le moment',
  'problem.service_unavailable.detail':
    'La base de données est indisponible pour le moment. Réessayez dans un instant ; avec la même Idempotency-Key, une plainte n’est jamais déposée deux fois.',
  'problem.internal_error': 'Une erreur s’est produite de notre côté',
  'problem.attachment_refused': 'Une pièce jointe a été refusée',
  'problem.idempotency_key_reused': 'Cette Idempotency-Key a déjà servi pour une autre requête',
  'problem.unauthenticated': 'Connectez-vous d’abord',
  'problem.csrf_token_invalid': 'Envoyez le X-CSRF-Token reçu à la connexion',
  'problem.too_many_attempts': 'Trop de tentatives échouées ; réessayez plus tard',
  'problem.identity_check_required': 'Vérifiez d’abord l’identité du client (C4)',
  'problem.already_exists.staff_user': 'Ce membre du personnel existe déjà',
  'problem.already_exists.team': 'Cette équipe existe déjà',
  'problem.already_exists.ombudsman_case': 'Ce dossier de l’ombudsman existe déjà',
  'problem.not_found.case': 'Ce dossier n’existe pas',
  'problem.not_found.staff_user': 'Ce membre du personnel n’existe pas',
  'problem.not_found.team': 'Cette équipe n’existe pas',
  'problem.not_found.message': 'Ce message n’existe pas',
  'problem.not_found.document': 'Ce document n’existe pas dans ce dossier',
  'problem.not_found.ombudsman_case': 'Ce dossier de l’ombudsman n’existe pas',
  'problem.not_found.policy': 'Cette politique n’existe pas',
  'problem.reset_link_invalid':
    'Ce lien de réinitialisation du mot de passe n’est plus valable ; demandez-en un nouveau',
  'problem.no_answer_owed':
    'Ce dossier ne doit plus de réponse au client : la décision a été donnée, ou il est clos',
  'problem.already_sorted': 'Ce courriel a déjà été classé',
  'problem.case_closed': 'Ce dossier est clos',
  'problem.forbidden': 'Vous n’avez pas le droit de faire ceci',
  'problem.version_conflict': 'Quelqu’un d’autre a modifié le dossier entre-temps',
  'problem.version_conflict.detail':
    'Vérifiez les changements faits depuis votre version, puis envoyez de nouveau.',
  'problem.lifecycle': 'Cette étape n’est pas possible pour le dossier dans son état actuel',
  'problem.tracking_number_check_failed': 'Ce numéro de suivi contient une faute de frappe',
  'problem.tracking_number_malformed': 'Ce n’est pas un numéro de suivi',
};
