import { DomainException } from '@mouvement/api-core';
import { LIMITS } from '@mouvement/shared-domain';

/** A day as people read it, in metropolitan France's time zone (the platform's reference). */
const formatDay = (at: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(at);

export const OrganisationErrors = {
  notFound: () => DomainException.notFound({ fr: 'Organisation', en: 'Organisation' }),
  membershipNotFound: () => DomainException.notFound({ fr: 'Adhésion', en: 'Membership' }),
  claimNotFound: () => DomainException.notFound({ fr: 'Revendication', en: 'Claim' }),
  notManager: () =>
    DomainException.forbidden({
      fr: "Seuls les propriétaires et administrateurs de l'organisation peuvent faire cela.",
      en: "Only the organisation's owners and admins can do that.",
    }),
  notOwner: () =>
    DomainException.forbidden({
      fr: "Seuls les propriétaires de l'organisation peuvent faire cela.",
      en: "Only the organisation's owners can do that.",
    }),
  siretTaken: () =>
    DomainException.conflict({ fr: 'Une organisation avec ce SIRET existe déjà.', en: 'An organisation with this SIRET already exists.' }),
  nearDuplicates: (names: string[]) =>
    DomainException.conflict({
      fr: `Des organisations au nom proche existent déjà dans ce département : ${names.join(', ')}. Vérifiez qu'il ne s'agit pas de la vôtre, puis confirmez.`,
      en: `Organisations with a close name already exist in this department: ${names.join(', ')}. Check it is not yours, then confirm.`,
    }),
  alreadyMember: () =>
    DomainException.conflict({
      fr: 'Vous êtes déjà membre ou en attente de réponse.',
      en: 'You are already a member or waiting for an answer.',
    }),
  lastOwner: () =>
    DomainException.conflict({
      fr: 'Une organisation garde toujours au moins un propriétaire : nommez-en un autre avant de partir.',
      en: 'An organisation always keeps at least one owner: appoint another before leaving.',
    }),
  notPending: () => DomainException.conflict({ fr: 'Cette demande a déjà reçu une réponse.', en: 'This request was already answered.' }),
  hasOwner: () =>
    DomainException.conflict({
      fr: 'Cette organisation a déjà un propriétaire : demandez plutôt à la rejoindre.',
      en: 'This organisation already has an owner: ask to join it instead.',
    }),
  justificationTooShort: () =>
    DomainException.field(
      'justification',
      {
        fr: `Expliquez en quelques mots (au moins ${LIMITS.justificationMin} caractères) votre rôle dans l’organisation et comment le vérifier.`,
        en: `Explain in a few words (at least ${LIMITS.justificationMin} characters) your role in the organisation and how to check it.`,
      },
      'JUSTIFICATION_TOO_SHORT',
    ),
  claimRefusedRecently: (retryAt: Date) =>
    DomainException.conflict({
      fr: `Votre précédente revendication de cette organisation a été refusée : vous pourrez en faire une nouvelle à partir du ${formatDay(retryAt, 'fr-FR')}.`,
      en: `Your previous claim on this organisation was refused: you can claim it again from ${formatDay(retryAt, 'en-GB')}.`,
    }).because('CLAIM_REFUSED_RECENTLY'),
  claimPending: () =>
    DomainException.conflict({ fr: 'Vous avez déjà une revendication en attente.', en: 'You already have a pending claim.' }),
};
