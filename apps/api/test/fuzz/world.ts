import { makeAdmin, signUp, type SignedIn } from '../fixtures';
import type { TestApp } from '../test-app';

/** A small movement arranged through the API: people with different roles and something of each domain. */
export interface World {
  admin: SignedIn;
  coordinator: SignedIn;
  member: SignedIn;
  outsider: SignedIn;
  groupId: string;
  groupSlug: string;
  postId: string;
  eventId: string;
  organisationId: string;
  organisationSlug: string;
  practiceId: string;
  practiceSlug: string;
  commentId: string;
  /** An event that ended yesterday. */
  pastEventId: string;
  /** The outsider's pending request to join the member's organisation, with a private message. */
  organisationRequestId: string;
}

/** The private message of the outsider's request to join. */
export const PRIVATE_MESSAGE = 'Mon message privé à la coopérative';

async function data<T>(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (!res.data) throw new Error(`arranging the world failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function arrangeWorld(t: TestApp): Promise<World> {
  const admin = await makeAdmin(t, await signUp(t, { displayName: 'Admine Fuzz' }));
  const coordinator = await signUp(t, { displayName: 'Coordinatrice Fuzz' });
  const member = await signUp(t, { displayName: 'Membre Fuzz' });
  const outsider = await signUp(t, { displayName: 'Extérieure Fuzz' });

  const { createGroup } = await data<{ createGroup: { id: string; slug: string } }>(
    t,
    `mutation { createGroup(input: { kind: NATIONAL, name: "Mouvement du fuzz", joinPolicy: OPEN }) { id slug } }`,
    {},
    admin.token,
  );
  const groupId = createGroup.id;
  for (const who of [coordinator, member]) {
    await data(t, `mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: groupId }, who.token);
  }
  const { group } = await data<{ group: { members: { edges: { node: { id: string; member: { id: string } } }[] } } }>(
    t,
    `query($s: String!) { group(slug: $s) { members(first: 50) { edges { node { id member { id } } } } } }`,
    { s: createGroup.slug },
    admin.token,
  ).catch(async () => ({ group: { members: { edges: [] } } }));
  const coordinatorMembership = group.members.edges.find((e) => e.node.member.id === coordinator.id)?.node.id;
  if (coordinatorMembership) {
    await data(t, `mutation($m: ID!) { appointCoordinator(membershipId: $m) { id } }`, { m: coordinatorMembership }, admin.token);
  }
  const { createPost } = await data<{ createPost: { id: string } }>(
    t,
    `mutation($g: ID!) { createPost(groupId: $g, body: "Bienvenue dans le cercle") { id } }`,
    { g: groupId },
    member.token,
  );
  const starts = new Date(Date.now() + 7 * 86_400_000);
  const { createEvent } = await data<{ createEvent: { id: string } }>(
    t,
    `mutation($g: ID!, $i: CreateEventInput!) { createEvent(groupId: $g, input: $i) { id } }`,
    {
      g: groupId,
      i: { title: 'Rencontre du cercle', startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 7_200_000).toISOString() },
    },
    admin.token,
  );
  const { createOrganisation } = await data<{ createOrganisation: { id: string; slug: string } }>(
    t,
    `mutation { createOrganisation(input: { kind: COOPERATIVE, name: "Coopérative du fuzz", regionCode: "75", acknowledgeDuplicates: true }) { id slug } }`,
    {},
    member.token,
  );
  const { createPractice } = await data<{ createPractice: { id: string; slug: string } }>(
    t,
    `mutation { createPractice(input: { title: "Une pratique à éprouver", summary: "Résumé de la pratique", themes: [ENERGY], regionCode: "75" }) { id slug } }`,
    {},
    member.token,
  );
  await data(t, `mutation($p: ID!) { publishPractice(practiceId: $p) { id } }`, { p: createPractice.id }, member.token);
  const comment = await t.gql<{ commentOnPractice: { id: string } }>(
    `mutation($p: ID!) { commentOnPractice(practiceId: $p, body: "Merci pour ce partage") { id } }`,
    { p: createPractice.id },
    { token: outsider.token },
  );
  const yesterday = Date.now() - 86_400_000;
  const { createEvent: pastEvent } = await data<{ createEvent: { id: string } }>(
    t,
    `mutation($g: ID!, $i: CreateEventInput!) { createEvent(groupId: $g, input: $i) { id } }`,
    {
      g: groupId,
      i: { title: 'Rencontre passée', startsAt: new Date(yesterday - 7_200_000).toISOString(), endsAt: new Date(yesterday).toISOString() },
    },
    admin.token,
  );
  const { requestToJoinOrganisation } = await data<{ requestToJoinOrganisation: { id: string } }>(
    t,
    `mutation($o: ID!, $m: String) { requestToJoinOrganisation(organisationId: $o, message: $m) { id } }`,
    { o: createOrganisation.id, m: PRIVATE_MESSAGE },
    outsider.token,
  );
  return {
    admin,
    coordinator,
    member,
    outsider,
    groupId,
    groupSlug: createGroup.slug,
    postId: createPost.id,
    eventId: createEvent.id,
    organisationId: createOrganisation.id,
    organisationSlug: createOrganisation.slug,
    practiceId: createPractice.id,
    practiceSlug: createPractice.slug,
    commentId: comment.data?.commentOnPractice.id ?? createPractice.id,
    pastEventId: pastEvent.id,
    organisationRequestId: requestToJoinOrganisation.id,
  };
}
