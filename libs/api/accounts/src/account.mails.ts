import { renderMail, type RenderedMail } from '@mouvement/api-mail';
import { EMAIL_VERIFICATION_HOURS, PASSWORD_RESET_MINUTES, type Locale } from '@mouvement/shared-domain';

export function verifyEmailMail(locale: Locale, name: string, url: string): RenderedMail {
  return locale === 'en'
    ? renderMail('en', {
        subject: 'Confirm your email address',
        greeting: `Hello ${name},`,
        paragraphs: ['Welcome to Mouvement! Confirm your email address to finish setting up your account.'],
        action: { label: 'Confirm my address', url },
        footnote: `This link works for ${EMAIL_VERIFICATION_HOURS} hours. If you did not sign up, ignore this message.`,
      })
    : renderMail('fr', {
        subject: 'Confirmez votre adresse e-mail',
        greeting: `Bonjour ${name},`,
        paragraphs: ['Bienvenue dans Mouvement ! Confirmez votre adresse e-mail pour finaliser votre inscription.'],
        action: { label: 'Confirmer mon adresse', url },
        footnote: `Ce lien est valable ${EMAIL_VERIFICATION_HOURS} heures. Si vous ne vous êtes pas inscrit·e, ignorez ce message.`,
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
