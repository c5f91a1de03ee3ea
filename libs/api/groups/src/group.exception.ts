import { DomainException } from '@mouvement/api-core';

export const GroupErrors = {
  notFound: () => DomainException.notFound({ fr: 'Groupe', en: 'Group' }),
  membershipNotFound: () => DomainException.notFound({ fr: 'Adhésion', en: 'Membership' }),
  notCoordinator: () =>
    DomainException.forbidden({
      fr: 'Seuls les coordinateurs et coordinatrices du groupe peuvent faire cela.',
      en: "Only the group's coordinators can do that.",
    }),
  cannotCreate: () =>
    DomainException.forbidden({
      fr: 'Seuls les administrateurs, ou les coordinateurs du collectif régional pour ses antennes et cercles, peuvent créer ce groupe.',
      en: 'Only administrators, or the regional collective’s coordinators for its chapters and circles, can create this group.',
    }),
  badParent: (fr: string, en: string) => DomainException.field('parentId', { fr, en }),
  alreadyMember: () =>
    DomainException.conflict({
      fr: 'Vous êtes déjà membre ou en attente de réponse.',
      en: 'You are already a member or waiting for an answer.',
    }),
  banned: () => DomainException.forbidden({ fr: 'Vous ne pouvez plus rejoindre ce groupe.', en: 'You can no longer join this group.' }),
  inviteOnly: () => DomainException.forbidden({ fr: 'Ce groupe se rejoint sur invitation.', en: 'This group is joined by invitation.' }),
  lastCoordinator: () =>
    DomainException.conflict({
      fr: 'Un groupe garde toujours au moins un coordinateur : nommez-en un autre d’abord.',
      en: 'A group always keeps at least one coordinator: appoint another first.',
    }),
  notPending: () => DomainException.conflict({ fr: 'Cette demande a déjà reçu une réponse.', en: 'This request was already answered.' }),
  notActive: () =>
    DomainException.conflict({
      fr: 'Cette personne n’est pas membre active du groupe.',
      en: 'This person is not an active member of the group.',
    }),
  invitationInvalid: () =>
    DomainException.field('token', {
      fr: "Cette invitation n'est plus valide : elle a expiré ou a déjà servi.",
      en: 'This invitation is no longer valid: it expired or was already used.',
    }),
  invitationForAnotherAddress: (maskedEmail: string) =>
    DomainException.forbidden({
      fr: `Cette invitation a été envoyée à ${maskedEmail} : connectez-vous avec le compte de cette adresse (ou créez-le) pour l’accepter.`,
      en: `This invitation was sent to ${maskedEmail}: sign in with the account of that address (or create it) to accept it.`,
    }).because('INVITATION_FOR_ANOTHER_ADDRESS'),
  inviteLinkNotFound: () => DomainException.notFound({ fr: 'Lien d’invitation', en: 'Invitation link' }),
  tooManyInviteLinks: (max: number) =>
    DomainException.conflict({
      fr: `Un groupe a au plus ${max} liens d’invitation actifs : révoquez-en un d’abord.`,
      en: `A group has at most ${max} active invitation links: revoke one first.`,
    }).because('TOO_MANY_INVITE_LINKS'),
  oneCollectivePerRegion: () =>
    DomainException.conflict({ fr: 'Cette région a déjà son collectif régional.', en: 'This region already has its regional collective.' }),
};
