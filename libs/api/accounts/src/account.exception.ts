import { DomainException, ErrorCode } from '@mouvement/api-core';

/** The account domain's errors, each with a message a person understands. */
export const AccountErrors = {
  wrongCredentials: () =>
    new DomainException(
      ErrorCode.UNAUTHENTICATED,
      {
        fr: "Adresse e-mail ou mot de passe incorrect. Si vous venez de vous inscrire, confirmez d'abord votre adresse avec le lien reçu par e-mail.",
        en: 'Wrong email address or password. If you have just signed up, first confirm your address with the link we emailed you.',
      },
      [],
      'WRONG_CREDENTIALS',
    ),
  tooManyFailures: () =>
    new DomainException(
      ErrorCode.RATE_LIMITED,
      {
        fr: 'Trop de tentatives de connexion depuis cette adresse. Réessayez dans un quart d’heure, ou choisissez un nouveau mot de passe.',
        en: 'Too many sign-in attempts from this address. Try again in a quarter of an hour, or choose a new password.',
      },
      [],
      'SIGN_IN_LOCKED',
    ),
  sessionInvalid: () =>
    new DomainException(
      ErrorCode.UNAUTHENTICATED,
      { fr: 'Votre session a expiré. Reconnectez-vous.', en: 'Your session has expired. Please sign in again.' },
      [],
      'SESSION_INVALID',
    ),
  linkInvalid: () =>
    DomainException.field(
      'token',
      {
        fr: "Ce lien n'est plus valide : il a expiré ou a déjà servi. Demandez-en un nouveau.",
        en: 'This link is no longer valid: it expired or was already used. Ask for a new one.',
      },
      'LINK_INVALID',
    ),
  wrongCurrentPassword: () =>
    DomainException.field('currentPassword', { fr: 'Mot de passe actuel incorrect.', en: 'Wrong current password.' }, 'WRONG_PASSWORD'),
  notFound: () => DomainException.notFound({ fr: 'Compte', en: 'Account' }),
};
