import { signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const REPORT = `mutation($id: ID!, $reason: String!) { reportContent(targetType: POST, targetId: $id, reason: $reason) }`;
const MODERATE = `mutation($id: ID!, $action: String!) { moderateContent(targetType: POST, targetId: $id, action: $action) }`;
const QUEUE = `query($g: ID) { reportQueue(groupId: $g) { targetId hidden reportCount reasons excerpt } }`;
const FEED = `query($g: ID!) { groupFeed(groupId: $g, first: 10) { edges { node { id replies { id body bodyHtml hiddenByModeration } } } } }`;

describe('Moderation', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let members: SignedIn[];
  let groupId: string;
  let replyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await signUp(t);
    members = [await signUp(t), await signUp(t), await signUp(t), await signUp(t)];
    groupId = (
      await t.db.query(
        `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Modéré', 'modere', 'NATIONAL', 'PUBLIC', 'OPEN') RETURNING id`,
      )
    ).rows[0].id;
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
      groupId,
      coordinator.id,
    ]);
    for (const m of members)
      await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [
        groupId,
        m.id,
      ]);
    const post = await t.gql<{ createPost: { id: string } }>(
      `mutation($g: ID!) { createPost(groupId: $g, body: "Bonjour") { id } }`,
      { g: groupId },
      { token: members[0]?.token },
    );
    const reply = await t.gql<{ replyToPost: { id: string } }>(
      `mutation($p: ID!) { replyToPost(postId: $p, body: "Propos injurieux") { id } }`,
      { p: post.data?.createPost.id },
      {
        token: members[3]?.token,
      },
    );
    replyId = reply.data?.replyToPost.id as string;
  });
  afterAll(() => t.close());

  it('lets members report once; outsiders cannot report', async () => {
    const outsider = await signUp(t);
    expect(errorCode(await t.gql(REPORT, { id: replyId, reason: 'Insulte' }, { token: outsider.token }))).toBe('FORBIDDEN');
    expect((await t.gql(REPORT, { id: replyId, reason: 'Insulte' }, { token: members[0]?.token })).data).toEqual({ reportContent: true });
    expect(errorCode(await t.gql(REPORT, { id: replyId, reason: 'Encore' }, { token: members[0]?.token }))).toBe('CONFLICT');
  });

  it('hides content at once when three different members reported it, and audits it', async () => {
    await Promise.all([members[1], members[2]].map((m) => t.gql(REPORT, { id: replyId, reason: 'Hors charte' }, { token: m?.token })));
    const { rows } = await t.db.query(`SELECT hidden_at FROM group_post WHERE id = $1`, [replyId]);
    expect(rows[0].hidden_at).toBeInstanceOf(Date);
    const feed = await t.gql<{ groupFeed: { edges: { node: { replies: unknown[] } }[] } }>(
      FEED,
      { g: groupId },
      { token: members[1]?.token },
    );
    expect(feed.data?.groupFeed.edges[0]?.node.replies).toEqual([{ id: replyId, body: '', bodyHtml: '', hiddenByModeration: true }]);
    const log = await t.db.query(`SELECT action FROM group_audit WHERE group_id = $1`, [groupId]);
    expect(log.rows.map((r: { action: string }) => r.action)).toContain('AUTO_HIDE');
  });

  it('shows the queue to coordinators only; they restore, hide or dismiss, and each action is audited', async () => {
    const queue = await t.gql<{ reportQueue: { targetId: string; hidden: boolean; reportCount: number }[] }>(
      QUEUE,
      { g: groupId },
      { token: coordinator.token },
    );
    expect(queue.data?.reportQueue).toEqual([
      expect.objectContaining({ targetId: replyId, hidden: true, reportCount: 3, excerpt: 'Propos injurieux' }),
    ]);
    expect(errorCode(await t.gql(QUEUE, { g: groupId }, { token: members[0]?.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MODERATE, { id: replyId, action: 'RESTORE' }, { token: members[0]?.token }))).toBe('FORBIDDEN');

    expect((await t.gql(MODERATE, { id: replyId, action: 'RESTORE' }, { token: coordinator.token })).data).toEqual({
      moderateContent: true,
    });
    expect((await t.db.query(`SELECT hidden_at FROM group_post WHERE id = $1`, [replyId])).rows[0].hidden_at).toBeNull();
    expect((await t.gql<{ reportQueue: unknown[] }>(QUEUE, { g: groupId }, { token: coordinator.token })).data?.reportQueue).toEqual([]);

    await t.gql(REPORT, { id: replyId, reason: 'Toujours injurieux' }, { token: members[0]?.token });
    await t.gql(MODERATE, { id: replyId, action: 'HIDE' }, { token: coordinator.token });
    expect((await t.db.query(`SELECT hidden_at FROM group_post WHERE id = $1`, [replyId])).rows[0].hidden_at).toBeInstanceOf(Date);
    const { rows } = await t.db.query(`SELECT action FROM group_audit WHERE group_id = $1 ORDER BY created_at`, [groupId]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['AUTO_HIDE', 'RESTORE', 'HIDE']);
    const author = await t.gql<{ groupFeed: { edges: { node: { replies: { body: string }[] } }[] } }>(
      FEED,
      { g: groupId },
      { token: members[3]?.token },
    );
    expect(author.data?.groupFeed.edges[0]?.node.replies[0]?.body).toBe('Propos injurieux');
  });
});
