import { ALL, entry, SIGNED_IN, type Entry } from './cell';

/**
 * Organisations. Acting for an organisation (editing it, deciding who joins, roles) is for its
 * owners and admins; a platform admin moderates (removes it from the directories, decides claims)
 * but does not speak for it.
 */
export const ORGANISATION_CELLS: Entry[] = [
  entry({
    coordinate: 'Query.organisation',
    scene: 'organisation',
    allowed: ALL,
    run: (s) => [`query($s: String!) { organisation(slug: $s) { id } }`, { s: s.slug }],
    seen: (d) => Boolean(d['organisation']),
  }),
  entry({ coordinate: 'Query.organisations', scene: 'organisation', allowed: ALL, run: () => [`{ organisations { totalCount } }`, {}] }),
  entry({
    coordinate: 'Query.organisationNearDuplicates',
    scene: 'organisation',
    allowed: SIGNED_IN,
    run: () => [`{ organisationNearDuplicates(name: "Coopérative numéro", regionCode: "75") { similarity } }`, {}],
  }),
  entry({
    coordinate: 'Query.myOrganisationMemberships',
    scene: 'organisation',
    allowed: SIGNED_IN,
    run: () => [`{ myOrganisationMemberships { id } }`, {}],
  }),
  entry({
    coordinate: 'Query.organisationClaims',
    scene: 'organisation',
    allowed: ['admin'],
    run: () => [`{ organisationClaims { id } }`, {}],
  }),

  entry({
    coordinate: 'Organisation.joinRequests',
    scene: 'organisation',
    allowed: ['manager'],
    run: (s) => [`query($s: String!) { organisation(slug: $s) { joinRequests { id } } }`, { s: s.slug }],
    seen: (d) => ((d['organisation'] as { joinRequests: unknown[] | null }).joinRequests ?? []).length > 0,
  }),
  entry({
    coordinate: 'Organisation.members',
    scene: 'organisation',
    allowed: [...SIGNED_IN],
    run: (s) => [`query($s: String!) { organisation(slug: $s) { members { id } } }`, { s: s.slug }],
    seen: (d) => (d['organisation'] as { members: unknown[] }).members.length > 0,
  }),
  entry({
    coordinate: 'Organisation.viewerMembership',
    scene: 'organisation',
    allowed: ['ownMember', 'manager'],
    run: (s) => [`query($s: String!) { organisation(slug: $s) { viewerMembership { id } } }`, { s: s.slug }],
    seen: (d) => Boolean((d['organisation'] as { viewerMembership: unknown }).viewerMembership),
  }),
  entry({
    coordinate: 'OrganisationMembership.message',
    scene: 'organisation',
    author: 'requester',
    allowed: ['author', 'manager'],
    run: (s) => [`query($s: String!) { organisation(slug: $s) { viewerMembership { message } joinRequests { message } } }`, { s: s.slug }],
    seen: (d) => {
      const o = d['organisation'] as {
        viewerMembership: { message: string | null } | null;
        joinRequests: { message: string | null }[] | null;
      };
      return [o.viewerMembership?.message, ...(o.joinRequests ?? []).map((r) => r.message)].includes('Message privé de la demandeuse');
    },
  }),

  entry({
    coordinate: 'Mutation.createOrganisation',
    scene: 'none',
    allowed: SIGNED_IN,
    run: () => [
      `mutation { createOrganisation(input: { kind: ASSOCIATION, name: "Association des essais", regionCode: "75", acknowledgeDuplicates: true }) { id } }`,
      {},
    ],
  }),
  entry({
    coordinate: 'Mutation.updateOrganisation',
    scene: 'organisation',
    allowed: ['manager'],
    run: (s) => [
      `mutation($o: ID!) { updateOrganisation(organisationId: $o, input: { description: "Notre mission" }) { id } }`,
      { o: s.organisationId },
    ],
  }),
  entry({
    coordinate: 'Mutation.deleteOrganisation',
    scene: 'organisation',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($o: ID!) { deleteOrganisation(organisationId: $o) }`, { o: s.organisationId }],
  }),
  entry({
    coordinate: 'Mutation.requestToJoinOrganisation',
    scene: 'organisation',
    allowed: ['member', 'author', 'otherManager', 'admin'],
    notApplicable: ['ownMember', 'manager'],
    run: (s) => [`mutation($o: ID!) { requestToJoinOrganisation(organisationId: $o, message: "Bonjour") { id } }`, { o: s.organisationId }],
  }),
  entry({
    coordinate: 'Mutation.decideOrganisationMembership',
    scene: 'organisation',
    author: 'requester',
    allowed: ['manager'],
    run: (s) => [`mutation($m: ID!) { decideOrganisationMembership(membershipId: $m, accept: true) { id } }`, { m: s.requestId }],
  }),
  entry({
    coordinate: 'Mutation.setOrganisationMemberRole',
    scene: 'organisation',
    allowed: ['manager'],
    notApplicable: ['ownMember'],
    run: (s) => [`mutation($m: ID!) { setOrganisationMemberRole(membershipId: $m, role: ADMIN) { id } }`, { m: s.ownMembershipId }],
  }),
  entry({
    coordinate: 'Mutation.removeOrganisationMember',
    scene: 'organisation',
    allowed: ['manager'],
    notApplicable: ['ownMember'],
    run: (s) => [`mutation($m: ID!) { removeOrganisationMember(membershipId: $m) }`, { m: s.ownMembershipId }],
  }),
  entry({
    coordinate: 'Mutation.leaveOrganisation',
    scene: 'organisation',
    allowed: ['ownMember'],
    // The manager is the last owner (who stays); the others do not belong to it.
    notApplicable: ['manager', 'member', 'author', 'otherManager', 'admin'],
    run: (s) => [`mutation($o: ID!) { leaveOrganisation(organisationId: $o) }`, { o: s.organisationId }],
  }),
  entry({
    coordinate: 'Mutation.claimOrganisation',
    scene: 'organisation',
    allowed: SIGNED_IN,
    run: (s) => [
      `mutation($o: ID!) { claimOrganisation(organisationId: $o, justification: "Je suis la gérante de cette association depuis 2019.") { id } }`,
      { o: s.claimableId },
    ],
  }),
  entry({
    coordinate: 'Mutation.decideOrganisationClaim',
    scene: 'organisation',
    allowed: ['admin'],
    run: (s) => [`mutation($c: ID!) { decideOrganisationClaim(claimId: $c, approve: false) { id } }`, { c: s.claimId }],
  }),
];
