import { renderMail, type RenderedMail } from '@mouvement/api-mail';
import { GROUP_LIMITS, type Locale } from '@mouvement/shared-domain';

/** The invitation is for the account of the address it is sent to, which the mail says. */
export function invitationMail(locale: Locale, groupName: string, inviter: string, email: string, url: string): RenderedMail {
  return locale === 'en'
    ? renderMail('en', {
        subject: `Invitation to join ${groupName}`,
        greeting: 'Hello,',
        paragraphs: [
          `${inviter} invites you to join “${groupName}” on Mouvement.`,
          `Accept it signed in with the account of this address (${email}), or create that account.`,
        ],
        action: { label: 'See the invitation', url },
        footnote: `This invitation works once, for ${GROUP_LIMITS.invitationDays} days.`,
      })
    : renderMail('fr', {
        subject: `Invitation à rejoindre ${groupName}`,
        greeting: 'Bonjour,',
        paragraphs: [
          `${inviter} vous invite à rejoindre « ${groupName} » sur Mouvement.`,
          `Acceptez-la connecté·e avec le compte de cette adresse (${email}), ou créez ce compte.`,
        ],
        action: { label: "Voir l'invitation", url },
        footnote: `Cette invitation ne sert qu'une fois, pendant ${GROUP_LIMITS.invitationDays} jours.`,
      });
}
