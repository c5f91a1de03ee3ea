import { makeAdmin, signUp, type SignedIn } from '../fixtures';
import type { GraphqlResponse, TestApp } from '../test-app';

/**
 * The people of the permission matrix. Each cell asks whether one of them may do an operation on
 * an object that is not theirs unless the column says so:
 * - visitor: not signed in;
 * - member: signed in, with no tie to the object;
 * - ownMember: a member of the object's group or organisation;
 * - author: who wrote the object (a post, a practice, a request, a comment; the account itself);
 * - manager: a coordinator of the object's group, an owner of the object's organisation;
 * - otherManager: a coordinator of another group and an owner of another organisation;
 * - admin: a platform admin with no tie to the object.
 */
export const PERSONAS = ['visitor', 'member', 'ownMember', 'author', 'manager', 'otherManager', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

export interface Cast {
  founder: SignedIn;
  people: Record<Exclude<Persona, 'visitor'>, SignedIn>;
  /** Who sends join requests (the `author` of a request). */
  requester: SignedIn;
  nationalId: string;
}

export async function data<T>(t: TestApp, query: string, variables: Record<string, unknown>, who?: SignedIn): Promise<T> {
  const res: GraphqlResponse<T> = await t.gql<T>(query, variables, who ? { token: who.token } : {});
  if (!res.data || res.errors?.length) throw new Error(`arranging failed for ${query.slice(0, 80)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** Everyone, signed up once through the API; the founder (an admin) creates the groups. */
export async function castPeople(t: TestApp): Promise<Cast> {
  const founder = await makeAdmin(t, await signUp(t, { displayName: 'Fondatrice' }));
  const admin = await makeAdmin(t, await signUp(t, { displayName: 'Admin de la plateforme' }));
  const [member, ownMember, author, manager, otherManager, requester] = await Promise.all(
    ['Membre', 'Membre du groupe', 'Autrice', 'Coordinatrice', 'Autre coordinatrice', 'Demandeuse'].map((name) =>
      signUp(t, { displayName: name }),
    ),
  );
  const national = await data<{ createGroup: { id: string } }>(
    t,
    `mutation { createGroup(input: { kind: NATIONAL, name: "Mouvement national", joinPolicy: OPEN }) { id } }`,
    {},
    founder,
  );
  const cast: Cast = {
    founder,
    requester: requester as SignedIn,
    nationalId: national.createGroup.id,
    people: {
      member: member as SignedIn,
      ownMember: ownMember as SignedIn,
      author: author as SignedIn,
      manager: manager as SignedIn,
      otherManager: otherManager as SignedIn,
      admin,
    },
  };
  // The other manager coordinates another group and owns another organisation.
  const other = await newGroup(t, cast, 'Un autre cercle');
  await joinAs(t, other, cast.people.otherManager, cast.founder, true);
  await data(
    t,
    `mutation { createOrganisation(input: { kind: ASSOCIATION, name: "Une autre association", regionCode: "75", acknowledgeDuplicates: true }) { id } }`,
    {},
    cast.people.otherManager,
  );
  return cast;
}

let groups = 0;

async function newGroup(t: TestApp, cast: Cast, name: string): Promise<string> {
  groups += 1;
  const created = await data<{ createGroup: { id: string } }>(
    t,
    `mutation($p: ID!, $n: String!) { createGroup(input: { kind: THEMATIC_CIRCLE, parentId: $p, name: $n, joinPolicy: ON_REQUEST, joinQuestions: ["Pourquoi nous rejoindre ?"] }) { id } }`,
    { p: cast.nationalId, n: `${name} ${groups}` },
    cast.founder,
  );
  return created.createGroup.id;
}

/** A request to join, approved by the founder (and the person made a coordinator if asked). */
async function joinAs(t: TestApp, groupId: string, who: SignedIn, founder: SignedIn, coordinator = false): Promise<string> {
  const joined = await data<{ joinGroup: { id: string } }>(
    t,
    `mutation($g: ID!) { joinGroup(groupId: $g, message: "Bonjour", answers: ["Pour agir"]) { id } }`,
    { g: groupId },
    who,
  );
  const id = joined.joinGroup.id;
  await data(t, `mutation($m: ID!) { approveMembership(membershipId: $m) { id } }`, { m: id }, founder);
  if (coordinator) await data(t, `mutation($m: ID!) { appointCoordinator(membershipId: $m) { id } }`, { m: id }, founder);
  return id;
}

export interface GroupScene {
  groupId: string;
  slug: string;
  ownMembershipId: string;
  authorMembershipId: string;
  managerMembershipId: string;
  /** The requester's pending request, with a message and an answer. */
  requestId: string;
  postId: string;
  replyId: string;
  eventId: string;
  /** A shareable invitation link the manager made, and its token. */
  inviteLinkId: string;
  inviteToken: string;
}

/**
 * A fresh circle: the manager coordinates it, the own member and the author belong to it, the
 * author wrote a post the own member answered, an event is planned, and the requester waits.
 */
export async function groupScene(t: TestApp, cast: Cast): Promise<GroupScene> {
  const groupId = await newGroup(t, cast, 'Cercle');
  const { people } = cast;
  const managerMembershipId = await joinAs(t, groupId, people.manager, cast.founder, true);
  const ownMembershipId = await joinAs(t, groupId, people.ownMember, cast.founder);
  const authorMembershipId = await joinAs(t, groupId, people.author, cast.founder);
  const request = await data<{ joinGroup: { id: string } }>(
    t,
    `mutation($g: ID!) { joinGroup(groupId: $g, message: "Message privé de la demandeuse", answers: ["Réponse privée"]) { id } }`,
    { g: groupId },
    cast.requester,
  );
  const post = await data<{ createPost: { id: string } }>(
    t,
    `mutation($g: ID!) { createPost(groupId: $g, body: "Le message de l'autrice") { id } }`,
    { g: groupId },
    people.author,
  );
  const reply = await data<{ replyToPost: { id: string } }>(
    t,
    `mutation($p: ID!) { replyToPost(postId: $p, body: "Une réponse") { id } }`,
    { p: post.createPost.id },
    people.ownMember,
  );
  const starts = new Date(Date.now() + 10 * 86_400_000);
  const event = await data<{ createEvent: { id: string } }>(
    t,
    `mutation($g: ID!, $i: CreateEventInput!) { createEvent(groupId: $g, input: $i) { id } }`,
    { g: groupId, i: { title: 'Rencontre', startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 7_200_000).toISOString() } },
    people.manager,
  );
  const link = await data<{ createGroupInviteLink: { url: string; link: { id: string } } }>(
    t,
    `mutation($g: ID!) { createGroupInviteLink(groupId: $g) { url link { id } } }`,
    { g: groupId },
    people.manager,
  );
  const slug = (await t.db.query<{ slug: string }>(`SELECT slug FROM movement_group WHERE id = $1`, [groupId])).rows[0]?.slug ?? '';
  // Posts are limited per minute and per person: the scene's posts are moved back in time.
  await t.db.query(`UPDATE group_post SET created_at = created_at - interval '2 minutes' WHERE group_id = $1`, [groupId]);
  return {
    groupId,
    slug,
    ownMembershipId,
    authorMembershipId,
    managerMembershipId,
    requestId: request.joinGroup.id,
    postId: post.createPost.id,
    replyId: reply.replyToPost.id,
    eventId: event.createEvent.id,
    inviteLinkId: link.createGroupInviteLink.link.id,
    inviteToken: link.createGroupInviteLink.url.split('/').pop() ?? '',
  };
}

export interface OrganisationScene {
  organisationId: string;
  slug: string;
  ownMembershipId: string;
  managerMembershipId: string;
  requestId: string;
  /** An organisation without an owner (as imported directories have), and the requester's claim on it. */
  claimableId: string;
  claimId: string;
}

let organisations = 0;

/** A fresh organisation: the manager owns it, the own member belongs to it, the requester waits. */
export async function organisationScene(t: TestApp, cast: Cast): Promise<OrganisationScene> {
  organisations += 1;
  const { people } = cast;
  const created = await data<{ createOrganisation: { id: string; slug: string } }>(
    t,
    `mutation($n: String!) { createOrganisation(input: { kind: COOPERATIVE, name: $n, regionCode: "75", acknowledgeDuplicates: true }) { id slug } }`,
    { n: `Coopérative numéro ${organisations}` },
    people.manager,
  );
  const organisationId = created.createOrganisation.id;
  const join = await data<{ requestToJoinOrganisation: { id: string } }>(
    t,
    `mutation($o: ID!) { requestToJoinOrganisation(organisationId: $o, message: "Je travaille ici") { id } }`,
    { o: organisationId },
    people.ownMember,
  );
  await data(
    t,
    `mutation($m: ID!) { decideOrganisationMembership(membershipId: $m, accept: true) { id } }`,
    { m: join.requestToJoinOrganisation.id },
    people.manager,
  );
  const request = await data<{ requestToJoinOrganisation: { id: string } }>(
    t,
    `mutation($o: ID!) { requestToJoinOrganisation(organisationId: $o, message: "Message privé de la demandeuse") { id } }`,
    { o: organisationId },
    cast.requester,
  );
  const managerMembershipId =
    (
      await t.db.query<{ id: string }>(`SELECT id FROM organisation_member WHERE organisation_id = $1 AND account_id = $2`, [
        organisationId,
        people.manager.id,
      ])
    ).rows[0]?.id ?? '';
  const claimable = await data<{ createOrganisation: { id: string } }>(
    t,
    `mutation($n: String!) { createOrganisation(input: { kind: ASSOCIATION, name: $n, regionCode: "75", acknowledgeDuplicates: true }) { id } }`,
    { n: `Association sans propriétaire ${organisations}` },
    cast.founder,
  );
  const claimableId = claimable.createOrganisation.id;
  // The API never leaves an organisation without an owner; directories imported in SQL do.
  await t.db.query(`DELETE FROM organisation_member WHERE organisation_id = $1`, [claimableId]);
  const claim = await data<{ claimOrganisation: { id: string } }>(
    t,
    `mutation($o: ID!) { claimOrganisation(organisationId: $o, justification: "Je préside cette association depuis sa création.") { id } }`,
    { o: claimableId },
    cast.requester,
  );
  return {
    organisationId,
    slug: created.createOrganisation.slug,
    ownMembershipId: join.requestToJoinOrganisation.id,
    managerMembershipId,
    requestId: request.requestToJoinOrganisation.id,
    claimableId,
    claimId: claim.claimOrganisation.id,
  };
}

export interface PracticeScene extends GroupScene {
  practiceId: string;
  practiceSlug: string;
  draftId: string;
  draftSlug: string;
  commentId: string;
  replicationId: string;
  fileId: string;
}

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * A practice the author shared in a fresh circle (which the manager coordinates) and published with
 * the founder as co-author, a draft of theirs, the author's comment on it, the own member's
 * reaction, and a replication the requester declared.
 */
export async function practiceScene(t: TestApp, cast: Cast): Promise<PracticeScene> {
  const group = await groupScene(t, cast);
  const { people } = cast;
  const created = await data<{ createPractice: { id: string; slug: string } }>(
    t,
    `mutation($g: ID!) { createPractice(input: { title: "Une pratique partagée", summary: "Ce qu'elle change", themes: [ENERGY], regionCode: "75", groupId: $g }) { id slug } }`,
    { g: group.groupId },
    people.author,
  );
  const practiceId = created.createPractice.id;
  await data(t, `mutation($p: ID!) { publishPractice(practiceId: $p) { id } }`, { p: practiceId }, people.author);
  const draft = await data<{ createPractice: { id: string; slug: string } }>(
    t,
    `mutation { createPractice(input: { title: "Un brouillon de l'autrice" }) { id slug } }`,
    {},
    people.author,
  );
  // The founder co-writes it; the author comments on it; the own member finds it useful; the requester replicates it.
  await data(
    t,
    `mutation($p: ID!, $m: ID!) { addPracticeAuthor(practiceId: $p, memberId: $m) { id } }`,
    { p: practiceId, m: cast.founder.id },
    people.author,
  );
  const comment = await data<{ commentOnPractice: { id: string } }>(
    t,
    `mutation($p: ID!) { commentOnPractice(practiceId: $p, body: "Un commentaire") { id } }`,
    { p: practiceId },
    people.author,
  );
  await data(
    t,
    `mutation($p: ID!) { reactToPractice(practiceId: $p, reaction: USEFUL, on: true) { id } }`,
    { p: practiceId },
    people.ownMember,
  );
  const replication = await data<{ declareReplication: { id: string } }>(
    t,
    `mutation($p: ID!) { declareReplication(input: { practiceId: $p, regionCode: "75" }) { id } }`,
    { p: practiceId },
    cast.requester,
  );
  const upload = await fetch(`${t.url}/pratiques/${practiceId}/fichiers?type=couverture&nom=couverture.png`, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${people.author.token}` },
    body: PNG,
  });
  if (!upload.ok) throw new Error(`arranging failed: the cover upload answered ${upload.status}`);
  const fileId = ((await upload.json()) as { id: string }).id;
  await t.db.query(`UPDATE practice_comment SET created_at = created_at - interval '2 minutes' WHERE practice_id = $1`, [practiceId]);
  return {
    ...group,
    practiceId,
    practiceSlug: created.createPractice.slug,
    draftId: draft.createPractice.id,
    draftSlug: draft.createPractice.slug,
    commentId: comment.commentOnPractice.id,
    replicationId: replication.declareReplication.id,
    fileId,
  };
}
