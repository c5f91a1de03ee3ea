import { renderMail, type RenderedMail } from '@mouvement/api-mail';
import { EMAIL_VERIFICATION_HOURS, PASSWORD_RESET_MINUTES, type Locale } from '@mouvement/shared-domain';

export function verifyEmailMail(locale: Locale, name: string, url: string): RenderedMail {
  return locale === 'en'
    ? renderMail('en', {
        subject: 'Confirm your email address',
        greeting: `Hello ${name},`,
        paragraphs: ['Welcome to Mouvement! Confirm your email address to finish setting up your account: the link signs you in.'],
        action: { label: 'Confirm my address', url },
        footnote: `This link works once, for ${EMAIL_VERIFICATION_HOURS} hours; do not forward it, it opens your account. If you did not sign up, ignore this message.`,
      })
    : renderMail('fr', {
        subject: 'Confirmez votre adresse e-mail',
        greeting: `Bonjour ${name},`,
        paragraphs: ['Bienvenue dans Mouvement ! Confirmez votre adresse e-mail pour finaliser votre inscription : le lien vous connecte.'],
        action: { label: 'Confirmer mon adresse', url },
        footnote: `Ce lien ne sert qu'une fois, pendant ${EMAIL_VERIFICATION_HOURS} heures ; ne le transférez pas, il ouvre votre compte. Si vous ne vous êtes pas inscrit·e, ignorez ce message.`,
      });
}

export function passwordResetMail(locale: Locale, name: string, url: string): RenderedMail {
  return locale === 'en'
    ? renderMail('en', {
        subject: 'Reset your password',
        greeting: `Hello ${name},`,
        paragraphs: ['Someone asked to reset the password of your Mouvement account. Choose a new one with the link below.'],
        action: { label: 'Choose a new password', url },
        footnote: `This link works once, for ${PASSWORD_RESET_MINUTES} minutes. If you did not ask, ignore this message: your password stays the same.`,
      })
    : renderMail('fr', {
        subject: 'Réinitialisez votre mot de passe',
        greeting: `Bonjour ${name},`,
        paragraphs: [
          'Une demande de réinitialisation du mot de passe de votre compte Mouvement a été faite. Choisissez-en un nouveau avec le lien ci-dessous.',
        ],
        action: { label: 'Choisir un nouveau mot de passe', url },
        footnote: `Ce lien ne sert qu'une fois, pendant ${PASSWORD_RESET_MINUTES} minutes. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.`,
      });
}

/** To an address that already has an account, when someone signs up with it again. */
export function signUpAttemptMail(locale: Locale, name: string, signInUrl: string, resetUrl: string): RenderedMail {
  return locale === 'en'
    ? renderMail('en', {
        subject: 'Someone tried to create an account with your address',
        greeting: `Hello ${name},`,
        paragraphs: [
          'Someone just tried to create a Mouvement account with your email address, which already has one. If it was you, sign in, or choose a new password if you no longer remember it.',
        ],
        action: { label: 'Sign in', url: signInUrl },
        secondaryAction: { label: 'Forgot your password?', url: resetUrl },
        footnote: 'If it was not you, ignore this message: nothing changed on your account.',
      })
    : renderMail('fr', {
        subject: 'Quelqu’un a essayé de créer un compte avec votre adresse',
        greeting: `Bonjour ${name},`,
        paragraphs: [
          'Quelqu’un vient d’essayer de créer un compte Mouvement avec votre adresse e-mail, qui en a déjà un. Si c’était vous, connectez-vous, ou choisissez un nouveau mot de passe si vous ne vous en souvenez plus.',
        ],
        action: { label: 'Me connecter', url: signInUrl },
        secondaryAction: { label: 'Mot de passe oublié ?', url: resetUrl },
        footnote: 'Si ce n’était pas vous, ignorez ce message : rien n’a changé sur votre compte.',
      });
}

/**
 * To an address whose account was never confirmed, when someone signs up with it again: the account
 * may have been opened by someone else, so the link lets the inbox's owner choose its password.
 */
export function pendingSignUpMail(locale: Locale, name: string, url: string): RenderedMail {
  return locale === 'en'
    ? renderMail('en', {
        subject: 'Finish creating your account',
        greeting: `Hello ${name},`,
        paragraphs: [
          'Someone, perhaps you, just tried to create a Mouvement account with your email address, which has an account waiting for its address to be confirmed. To use it, choose its password with the link below: it also confirms your address.',
        ],
        action: { label: 'Choose my password', url },
        footnote: `This link works once, for ${PASSWORD_RESET_MINUTES} minutes. If you did not sign up, ignore this message: nobody can use the account without this link.`,
      })
    : renderMail('fr', {
        subject: 'Finalisez la création de votre compte',
        greeting: `Bonjour ${name},`,
        paragraphs: [
          'Quelqu’un, peut-être vous, vient d’essayer de créer un compte Mouvement avec votre adresse e-mail, qui a déjà un compte en attente de confirmation. Pour l’utiliser, choisissez son mot de passe avec le lien ci-dessous : il confirme aussi votre adresse.',
        ],
        action: { label: 'Choisir mon mot de passe', url },
        footnote: `Ce lien ne sert qu'une fois, pendant ${PASSWORD_RESET_MINUTES} minutes. Si vous ne vous êtes pas inscrit·e, ignorez ce message : personne ne peut utiliser le compte sans ce lien.`,
      });
}

/** To the owner, after their password was changed or reset. */
export function passwordChangedMail(locale: Locale, name: string, resetUrl: string): RenderedMail {
  return locale === 'en'
    ? renderMail('en', {
        subject: 'Your password was changed',
        greeting: `Hello ${name},`,
        paragraphs: ['The password of your Mouvement account was just changed, and your other sessions were signed out.'],
        action: { label: 'It was not me: choose a new password', url: resetUrl },
        footnote: 'If it was you, there is nothing to do.',
      })
    : renderMail('fr', {
        subject: 'Votre mot de passe a été changé',
        greeting: `Bonjour ${name},`,
        paragraphs: ['Le mot de passe de votre compte Mouvement vient d’être changé, et vos autres sessions ont été déconnectées.'],
        action: { label: 'Ce n’était pas moi : choisir un nouveau mot de passe', url: resetUrl },
        footnote: 'Si c’était vous, vous n’avez rien à faire.',
      });
}
