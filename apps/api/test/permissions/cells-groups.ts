import { ALL, entry, GROUP_MEMBERS, SIGNED_IN, type Entry } from './cell';

const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** The movement's groups: reading, membership, posts, events, moderation. */
export const GROUP_CELLS: Entry[] = [
  // Reading a public group.
  entry({
    coordinate: 'Query.group',
    scene: 'group',
    allowed: ALL,
    run: (s) => [`query($s: String!) { group(slug: $s) { id } }`, { s: s.slug }],
    seen: (d) => Boolean(d['group']),
  }),
  entry({ coordinate: 'Query.groups', scene: 'group', allowed: ALL, run: () => [`{ groups { totalCount } }`, {}] }),
  entry({
    coordinate: 'Query.groupFeed',
    scene: 'group',
    allowed: ALL,
    run: (s) => [`query($g: ID!) { groupFeed(groupId: $g) { totalCount } }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Query.groupEvents',
    scene: 'group',
    allowed: ALL,
    run: (s) => [`query($g: ID!) { groupEvents(groupId: $g) { totalCount } }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Query.groupEvent',
    scene: 'group',
    allowed: ALL,
    run: (s) => [`query($e: ID!) { groupEvent(eventId: $e) { id } }`, { e: s.eventId }],
  }),
  entry({
    coordinate: 'Query.postRevisions',
    scene: 'group',
    // The edit history of a post: its author and those who moderate the group.
    allowed: ['author', 'manager', 'admin'],
    run: (s) => [`query($p: ID!) { postRevisions(postId: $p) { body } }`, { p: s.postId }],
  }),
  entry({ coordinate: 'Query.myEvents', scene: 'group', allowed: SIGNED_IN, run: () => [`{ myEvents { totalCount } }`, {}] }),
  entry({
    coordinate: 'Query.groupAuditLog',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`query($g: ID!) { groupAuditLog(groupId: $g) { id } }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Query.groupDashboard',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`query($g: ID!) { groupDashboard(groupId: $g) { generatedAt } }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Query.reportQueue',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`query($g: ID) { reportQueue(groupId: $g) { targetId } }`, { g: s.groupId }],
  }),

  // What a group shows depends on who asks.
  entry({
    coordinate: 'Group.members',
    scene: 'group',
    allowed: SIGNED_IN,
    run: (s) => [`query($s: String!) { group(slug: $s) { members { id } } }`, { s: s.slug }],
    seen: (d) => ((d['group'] as { members: unknown[] | null }).members ?? []).length > 0,
  }),
  entry({
    coordinate: 'Group.pendingRequests',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`query($s: String!) { group(slug: $s) { pendingRequests { id } } }`, { s: s.slug }],
    seen: (d) => ((d['group'] as { pendingRequests: unknown[] | null }).pendingRequests ?? []).length > 0,
  }),
  entry({
    coordinate: 'Group.viewerMembership',
    scene: 'group',
    // The viewer's own membership: only members have one.
    allowed: GROUP_MEMBERS,
    run: (s) => [`query($s: String!) { group(slug: $s) { viewerMembership { id } } }`, { s: s.slug }],
    seen: (d) => Boolean((d['group'] as { viewerMembership: unknown }).viewerMembership),
  }),
  entry({
    coordinate: 'Group.canReadDashboard',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`query($s: String!) { group(slug: $s) { canReadDashboard } }`, { s: s.slug }],
    seen: (d) => (d['group'] as { canReadDashboard: boolean }).canReadDashboard,
  }),
  entry({
    coordinate: 'GroupMembership.message',
    scene: 'group',
    author: 'requester',
    allowed: ['author', 'manager', 'admin'],
    // The requester reads their own request through the group's viewerMembership; others through the queue.
    run: (s) => [`query($s: String!) { group(slug: $s) { viewerMembership { message } pendingRequests { message } } }`, { s: s.slug }],
    seen: (d) => {
      const g = d['group'] as { viewerMembership: { message: string | null } | null; pendingRequests: { message: string | null }[] | null };
      return [g.viewerMembership?.message, ...(g.pendingRequests ?? []).map((r) => r.message)].includes('Message privé de la demandeuse');
    },
  }),
  entry({
    coordinate: 'GroupEvent.viewerRsvp',
    scene: 'group',
    allowed: [],
    notApplicable: ['visitor'],
    run: (s) => [`query($e: ID!) { groupEvent(eventId: $e) { viewerRsvp { answer } } }`, { e: s.eventId }],
    seen: (d) => Boolean((d['groupEvent'] as { viewerRsvp: unknown }).viewerRsvp),
  }),

  // Membership.
  entry({
    coordinate: 'Mutation.acceptGroupInvitation',
    scene: 'group',
    // A shareable link: anyone signed in who is not a member yet joins through it.
    allowed: ['member', 'otherManager', 'admin'],
    notApplicable: ['ownMember', 'author', 'manager'],
    run: (s) => [`mutation($t: String!) { acceptGroupInvitation(token: $t) { id } }`, { t: s.inviteToken }],
  }),
  entry({
    coordinate: 'Mutation.createGroupInviteLink',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($g: ID!) { createGroupInviteLink(groupId: $g) { url } }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Mutation.revokeGroupInviteLink',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($l: ID!) { revokeGroupInviteLink(linkId: $l) }`, { l: s.inviteLinkId }],
  }),
  entry({
    coordinate: 'Group.inviteLinks',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`query($s: String!) { group(slug: $s) { inviteLinks { id } } }`, { s: s.slug }],
    seen: (d) => ((d['group'] as { inviteLinks: unknown[] | null }).inviteLinks ?? []).length > 0,
  }),
  entry({
    coordinate: 'GroupMembership.answers',
    scene: 'group',
    author: 'requester',
    allowed: ['author', 'manager', 'admin'],
    run: (s) => [`query($s: String!) { group(slug: $s) { viewerMembership { answers } pendingRequests { answers } } }`, { s: s.slug }],
    seen: (d) => {
      const g = d['group'] as {
        viewerMembership: { answers: string[] | null } | null;
        pendingRequests: { answers: string[] | null }[] | null;
      };
      return [g.viewerMembership?.answers, ...(g.pendingRequests ?? []).map((r) => r.answers)].some((a) => a?.includes('Réponse privée'));
    },
  }),
  entry({
    coordinate: 'Mutation.joinGroup',
    scene: 'group',
    allowed: ['member', 'otherManager', 'admin'],
    notApplicable: ['ownMember', 'author', 'manager'],
    run: (s) => [`mutation($g: ID!) { joinGroup(groupId: $g, message: "Bonjour", answers: ["Pour agir"]) { id } }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Mutation.leaveGroup',
    scene: 'group',
    allowed: GROUP_MEMBERS,
    notApplicable: ['member', 'otherManager', 'admin'],
    run: (s) => [`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Mutation.approveMembership',
    scene: 'group',
    author: 'requester',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($m: ID!) { approveMembership(membershipId: $m) { id } }`, { m: s.requestId }],
  }),
  entry({
    coordinate: 'Mutation.declineMembership',
    scene: 'group',
    author: 'requester',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($m: ID!) { declineMembership(membershipId: $m) }`, { m: s.requestId }],
  }),
  entry({
    coordinate: 'Mutation.removeMember',
    scene: 'group',
    allowed: ['manager', 'admin'],
    notApplicable: ['ownMember'],
    run: (s) => [`mutation($m: ID!) { removeMember(membershipId: $m) }`, { m: s.ownMembershipId }],
  }),
  entry({
    coordinate: 'Mutation.banMember',
    scene: 'group',
    allowed: ['manager', 'admin'],
    notApplicable: ['ownMember'],
    run: (s, _me, cast) => [
      `mutation($g: ID!, $a: ID!) { banMember(groupId: $g, accountId: $a) { id } }`,
      { g: s.groupId, a: cast.people.ownMember.id },
    ],
  }),
  entry({
    coordinate: 'Mutation.appointCoordinator',
    scene: 'group',
    allowed: ['manager', 'admin'],
    notApplicable: ['ownMember'],
    run: (s) => [`mutation($m: ID!) { appointCoordinator(membershipId: $m) { role } }`, { m: s.ownMembershipId }],
  }),
  entry({
    coordinate: 'Mutation.revokeCoordinator',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($m: ID!) { revokeCoordinator(membershipId: $m) { role } }`, { m: s.managerMembershipId }],
  }),
  entry({
    coordinate: 'Mutation.inviteToGroup',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s, _me, cast) => [
      `mutation($g: ID!, $m: [ID!]!) { inviteToGroup(groupId: $g, memberIds: $m) }`,
      { g: s.groupId, m: [cast.people.member.id] },
    ],
  }),
  entry({
    coordinate: 'Mutation.updateGroup',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($g: ID!) { updateGroup(groupId: $g, input: { description: "Nouvelle description" }) { id } }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Mutation.createGroup',
    scene: 'group',
    allowed: ['admin'],
    run: (_s, _me, cast) => [
      `mutation($p: ID!) { createGroup(input: { kind: THEMATIC_CIRCLE, parentId: $p, name: "Un cercle de plus" }) { id } }`,
      { p: cast.nationalId },
    ],
  }),

  // Posts.
  entry({
    coordinate: 'Mutation.createPost',
    scene: 'group',
    allowed: [...GROUP_MEMBERS, 'admin'],
    run: (s) => [`mutation($g: ID!) { createPost(groupId: $g, body: "Bonjour à toutes et tous") { id } }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Mutation.replyToPost',
    scene: 'group',
    allowed: [...GROUP_MEMBERS, 'admin'],
    run: (s) => [`mutation($p: ID!) { replyToPost(postId: $p, body: "Oui") { id } }`, { p: s.postId }],
  }),
  entry({
    coordinate: 'Mutation.editPost',
    scene: 'group',
    allowed: ['author'],
    run: (s) => [`mutation($p: ID!) { editPost(postId: $p, body: "Corrigé") { id } }`, { p: s.postId }],
  }),
  entry({
    coordinate: 'Mutation.deletePost',
    scene: 'group',
    allowed: ['author', 'manager', 'admin'],
    run: (s) => [`mutation($p: ID!) { deletePost(postId: $p) }`, { p: s.postId }],
  }),
  entry({
    coordinate: 'Mutation.pinPost',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($p: ID!) { pinPost(postId: $p, pinned: true) { id } }`, { p: s.postId }],
  }),
  entry({
    coordinate: 'Mutation.reactToPost',
    scene: 'group',
    allowed: [...GROUP_MEMBERS, 'admin'],
    run: (s) => [`mutation($p: ID!) { reactToPost(postId: $p, reaction: THANKS, on: true) { id } }`, { p: s.postId }],
  }),
  entry({
    coordinate: 'Mutation.reportContent',
    scene: 'group',
    // Members of the group report; admins act on content directly.
    allowed: ['ownMember', 'author', 'manager'],
    run: (s) => [`mutation($p: ID!) { reportContent(targetType: POST, targetId: $p, reason: "Hors sujet") }`, { p: s.postId }],
  }),
  entry({
    coordinate: 'Mutation.moderateContent',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($p: ID!) { moderateContent(targetType: POST, targetId: $p, action: "HIDE") }`, { p: s.postId }],
  }),

  // Events and calendars.
  entry({
    coordinate: 'Mutation.createEvent',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [
      `mutation($g: ID!, $i: CreateEventInput!) { createEvent(groupId: $g, input: $i) { id } }`,
      { g: s.groupId, i: { title: 'Atelier', startsAt: inFuture(20), endsAt: inFuture(21) } },
    ],
  }),
  entry({
    coordinate: 'Mutation.deleteEvent',
    scene: 'group',
    // The manager created the scene's event.
    allowed: ['manager', 'admin'],
    run: (s) => [`mutation($e: ID!) { deleteEvent(eventId: $e) }`, { e: s.eventId }],
  }),
  entry({
    coordinate: 'GroupEvent.viewerCanDelete',
    scene: 'group',
    allowed: ['manager', 'admin'],
    run: (s) => [`query($e: ID!) { groupEvent(eventId: $e) { viewerCanDelete } }`, { e: s.eventId }],
    seen: (d) => (d['groupEvent'] as { viewerCanDelete: boolean }).viewerCanDelete,
  }),
  entry({
    coordinate: 'Mutation.rsvpEvent',
    scene: 'group',
    allowed: GROUP_MEMBERS,
    run: (s) => [`mutation($e: ID!) { rsvpEvent(eventId: $e, answer: GOING) { id } }`, { e: s.eventId }],
  }),
  entry({
    coordinate: 'Mutation.createCalendarFeed',
    scene: 'group',
    allowed: GROUP_MEMBERS,
    run: (s) => [`mutation($g: ID!) { createCalendarFeed(groupId: $g) }`, { g: s.groupId }],
  }),
  entry({
    coordinate: 'Mutation.revokeCalendarFeed',
    scene: 'group',
    allowed: SIGNED_IN,
    run: (s) => [`mutation($g: ID!) { revokeCalendarFeed(groupId: $g) }`, { g: s.groupId }],
  }),
];
