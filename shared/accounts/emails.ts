/**
 * The e-mails the user pool sends, in French: the deployed pool's templates, which the local twin
 * renders too (`{username}` and `{####}` are Cognito's placeholders: the e-mail, the code or password).
 */
export const INVITATION_EMAIL = {
  subject: 'Votre accès à la console SMS',
  body: [
    'Bonjour,',
    '',
    'Vous êtes invité(e) à rejoindre un compte sur la plateforme SMS.',
    'Identifiant : {username}',
    'Mot de passe temporaire : {####}',
    '',
    'À votre première connexion, vous choisirez votre propre mot de passe.',
  ].join('<br>\n'),
};

export const RESET_EMAIL = {
  subject: 'Votre code de réinitialisation',
  body: 'Votre code pour choisir un nouveau mot de passe : {####}',
};

/** A template with its placeholders filled in (what the twin delivers). */
export const renderEmail = (
  template: { subject: string; body: string },
  fill: { username: string; code: string },
) => ({
  subject: template.subject,
  body: template.body
    .replaceAll('{username}', fill.username)
    .replaceAll('{####}', fill.code)
    .replaceAll('<br>\n', '\n'),
});
