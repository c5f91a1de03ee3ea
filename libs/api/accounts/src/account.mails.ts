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
