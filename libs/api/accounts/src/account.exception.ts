import { DomainException } from '@mouvement/api-core';

/** The account domain's errors, each with a message a person understands. */
export const AccountErrors = {
  emailTaken: () =>
    DomainException.conflict({
      fr: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou réinitialisez votre mot de passe.',
      en: 'An account already exists with this email address. Sign in or reset your password.',
    }),
  wrongCredentials: () =>
    new DomainException(DomainException.unauthenticated().code, {
      fr: 'Adresse e-mail ou mot de passe incorrect.',
      en: 'Wrong email address or password.',
    }),
  tooManyFailures: () => DomainException.rateLimited(),
  sessionInvalid: () =>
    new DomainException(DomainException.unauthenticated().code, {
      fr: 'Votre session a expiré. Reconnectez-vous.',
      en: 'Your session has expired. Please sign in again.',
    }),
  linkInvalid: () =>
    DomainException.field('token', {
      fr: "Ce lien n'est plus valide : il a expiré ou a déjà servi. Demandez-en un nouveau.",
      en: 'This link is no longer valid: it expired or was already used. Ask for a new one.',
    }),
  wrongCurrentPassword: () =>
    DomainException.field('currentPassword', { fr: 'Mot de passe actuel incorrect.', en: 'Wrong current password.' }),
  notFound: () => DomainException.notFound({ fr: 'Compte', en: 'Account' }),
};
