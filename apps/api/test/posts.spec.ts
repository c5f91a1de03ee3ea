import { installStatementCounter } from '@mouvement/api-core';
import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const FEED = `query($g: ID!, $first: Int!, $after: String) { groupFeed(groupId: $g, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id body bodyHtml pinned announcement editedAt author { displayName } reactions { reaction count mine } replies { id body author { displayName } } } } } }`;
const POST = `mutation($g: ID!, $body: String!, $announcement: Boolean) { createPost(groupId: $g, body: $body, announcement: $announcement) { id bodyHtml announcement pinned } }`;
const REPLY = `mutation($p: ID!, $body: String!) { replyToPost(postId: $p, body: $body) { id parentId } }`;

describe('Posts in groups', () => {
  let t: TestApp;
  let admin: SignedIn;
  let coordinator: SignedIn;
  let member: SignedIn;
  let outsider: SignedIn;
  let open: string;
  let closed: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeAdmin(t, await signUp(t));
    [coordinator, member, outsider] = [await signUp(t), await signUp(t), await signUp(t)];
    const group = async (slug: string, visibility: string) => {
      const { rows } = await t.db.query(
        `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ($1, $1, 'NATIONAL', $2, 'OPEN') RETURNING id`,
        [slug, visibility],
      );
      await t.db.query(
        `INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE'), ($1, $3, 'MEMBER', 'ACTIVE')`,
        [rows[0].id, coordinator.id, member.id],
      );
      return rows[0].id as string;
    };
    open = await group('public', 'PUBLIC');
    closed = await group('membres', 'MEMBERS_ONLY');
  });
  afterAll(() => t.close());

  it('members post and reply; replies go one level deep only', async () => {
    const post = await t.gql<{ createPost: { id: string } }>(
      POST,
      { g: open, body: 'Qui vient à la **rencontre** ?' },
      { token: member.token },
    );
    expect(post.errors).toBeUndefined();
    const reply = await t.gql<{ replyToPost: { id: string; parentId: string } }>(
      REPLY,
      { p: post.data?.createPost.id, body: 'Moi !' },
      { token: coordinator.token },
    );
    expect(reply.data?.replyToPost.parentId).toBe(post.data?.createPost.id);
    const deeper = await t.gql(REPLY, { p: reply.data?.replyToPost.id, body: 'Et moi' }, { token: member.token });
    expect(errorCode(deeper)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(POST, { g: open, body: 'Je ne suis pas membre' }, { token: outsider.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(POST, { g: open, body: 'Anonyme' }))).toBe('UNAUTHENTICATED');
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM group_post WHERE group_id = $1`, [open]);
    expect(rows[0].n).toBe(2);
  });

  it('sanitises hostile markdown: no script tag, javascript: link or event handler reaches readers', async () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> <a href="#" onclick="steal()">y</a>';
    const res = await t.gql<{ createPost: { bodyHtml: string } }>(POST, { g: open, body: hostile }, { token: member.token });
    expect(res.data?.createPost.bodyHtml).not.toMatch(/<script|<img|<a [^>]*onclick|href="javascript:/i);
    const { rows } = await t.db.query(`SELECT body FROM group_post WHERE body LIKE '<script>%'`);
    expect(rows[0].body).toBe(hostile);
  });

  it('keeps members-only conversations from outsiders and visitors', async () => {
    await t.gql(POST, { g: closed, body: 'Entre nous' }, { token: member.token });
    expect(errorCode(await t.gql(FEED, { g: closed, first: 10 }, { token: outsider.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(FEED, { g: closed, first: 10 }))).toBe('UNAUTHENTICATED');
    const inside = await t.gql<{ groupFeed: { edges: { node: { body: string } }[] } }>(
      FEED,
      { g: closed, first: 10 },
      { token: member.token },
    );
    expect(inside.data?.groupFeed.edges.map((e) => e.node.body)).toEqual(['Entre nous']);
    const visitor = await t.gql<{ groupFeed: { totalCount: number } }>(FEED, { g: open, first: 10 });
    expect(visitor.data?.groupFeed.totalCount).toBeGreaterThan(0);
  });

  it('shows pinned posts first, then the newest; announcements are for coordinators and recorded as events', async () => {
    const g = (
      await t.db.query(
        `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Fil', 'fil', 'NATIONAL', 'PUBLIC', 'OPEN') RETURNING id`,
      )
    ).rows[0].id;
    await t.db.query(
      `INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE'), ($1, $3, 'MEMBER', 'ACTIVE')`,
      [g, coordinator.id, member.id],
    );
    const first = await t.gql<{ createPost: { id: string } }>(POST, { g, body: 'Premier' }, { token: member.token });
    await t.gql(POST, { g, body: 'Deuxième' }, { token: member.token });
    expect(errorCode(await t.gql(POST, { g, body: 'Annonce', announcement: true }, { token: member.token }))).toBe('FORBIDDEN');
    const announcement = await t.gql<{ createPost: { id: string; pinned: boolean } }>(
      POST,
      { g, body: 'Assemblée le 12', announcement: true },
      { token: coordinator.token },
    );
    expect(announcement.data?.createPost.pinned).toBe(true);
    const { rows } = await t.db.query(`SELECT type, payload FROM domain_event WHERE payload->>'postId' = $1`, [
      announcement.data?.createPost.id,
    ]);
    expect(rows).toEqual([
      { type: 'group.announcement', payload: { groupId: g, postId: announcement.data?.createPost.id, authorId: coordinator.id } },
    ]);

    const PIN = `mutation($p: ID!, $pinned: Boolean!) { pinPost(postId: $p, pinned: $pinned) { pinned } }`;
    expect(errorCode(await t.gql(PIN, { p: first.data?.createPost.id, pinned: true }, { token: member.token }))).toBe('FORBIDDEN');
    await t.gql(PIN, { p: first.data?.createPost.id, pinned: true }, { token: coordinator.token });
    const order: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: {
        data: { groupFeed: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { body: string } }[] } } | null;
      } = await t.gql(FEED, { g, first: 1, after });
      order.push(...(page.data?.groupFeed.edges.map((e) => e.node.body) ?? []));
      if (!page.data?.groupFeed.pageInfo.hasNextPage) break;
      after = page.data.groupFeed.pageInfo.endCursor;
    }
    expect(order).toEqual(['Assemblée le 12', 'Premier', 'Deuxième']);
  });

  it('keeps earlier versions of an edited post, lets only its author edit, and deletes softly', async () => {
    const post = await t.gql<{ createPost: { id: string } }>(POST, { g: open, body: 'Version 1' }, { token: member.token });
    const id = post.data?.createPost.id;
    const EDIT = `mutation($p: ID!, $body: String!) { editPost(postId: $p, body: $body) { body editedAt } }`;
    expect(errorCode(await t.gql(EDIT, { p: id, body: 'Pirate' }, { token: coordinator.token }))).toBe('FORBIDDEN');
    const edited = await t.gql<{ editPost: { body: string; editedAt: string } }>(
      EDIT,
      { p: id, body: 'Version 2' },
      { token: member.token },
    );
    expect(edited.data?.editPost.body).toBe('Version 2');
    expect(edited.data?.editPost.editedAt).toBeTruthy();
    const history = await t.gql<{ postRevisions: { body: string }[] }>(
      `query($p: ID!) { postRevisions(postId: $p) { body } }`,
      { p: id },
      { token: member.token },
    );
    expect(history.data?.postRevisions).toEqual([{ body: 'Version 1' }]);
    expect(errorCode(await t.gql(`mutation($p: ID!) { deletePost(postId: $p) }`, { p: id }, { token: outsider.token }))).toBe('FORBIDDEN');
    expect((await t.gql(`mutation($p: ID!) { deletePost(postId: $p) }`, { p: id }, { token: coordinator.token })).data).toEqual({
      deletePost: true,
    });
    const { rows } = await t.db.query(`SELECT body, deleted_at FROM group_post WHERE id = $1`, [id]);
    expect(rows[0].body).toBe('Version 2');
    expect(rows[0].deleted_at).toBeInstanceOf(Date);
  });

  it('gives and takes back a reaction as asked: the same answer twice, or eight at once, counts one', async () => {
    const post = await t.gql<{ createPost: { id: string } }>(POST, { g: open, body: 'Merci à tous' }, { token: member.token });
    const postId = post.data?.createPost.id;
    const REACT = `mutation($p: ID!, $on: Boolean!) { reactToPost(postId: $p, reaction: THANKS, on: $on) { reactions { reaction count mine } } }`;
    type Reacted = { reactToPost: { reactions: unknown[] } };
    const rows = async () =>
      (await t.db.query(`SELECT account_id FROM group_post_reaction WHERE post_id = $1 ORDER BY account_id`, [postId])).rows.map(
        (r) => r.account_id,
      );
    for (let i = 0; i < 2; i++) {
      const on = await t.gql<Reacted>(REACT, { p: postId, on: true }, { token: coordinator.token });
      expect(on.data?.reactToPost.reactions).toEqual([{ reaction: 'THANKS', count: 1, mine: true }]);
    }
    for (let i = 0; i < 2; i++) {
      const off = await t.gql<Reacted>(REACT, { p: postId, on: false }, { token: coordinator.token });
      expect(off.data?.reactToPost.reactions).toEqual([]);
    }
    expect(await rows()).toEqual([]);

    const eight = await Promise.all(
      Array.from({ length: 8 }, () => t.gql<Reacted>(REACT, { p: postId, on: true }, { token: member.token })),
    );
    for (const res of eight) expect(res.errors).toBeUndefined();
    expect(await rows()).toEqual([member.id]);
    await t.gql(REACT, { p: postId, on: true }, { token: coordinator.token });
    const feed = await t.gql<{ groupFeed: { edges: { node: { id: string; reactions: unknown[] } }[] } }>(
      FEED,
      { g: open, first: 50 },
      {
        token: member.token,
      },
    );
    expect(feed.data?.groupFeed.edges.find((e) => e.node.id === postId)?.node.reactions).toEqual([
      { reaction: 'THANKS', count: 2, mine: true },
    ]);

    await Promise.all(Array.from({ length: 8 }, () => t.gql(REACT, { p: postId, on: false }, { token: member.token })));
    expect(await rows()).toEqual([coordinator.id]);
  });

  it('asks a person posting more than 10 times a minute to slow down', async () => {
    const fast = await signUp(t);
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [open, fast.id]);
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await t.gql(POST, { g: open, body: `Message ${i}` }, { token: fast.token }));
    expect(results.slice(0, 10).every((r) => !r.errors)).toBe(true);
    expect(errorCode(results[10] as (typeof results)[number])).toBe('RATE_LIMITED');
  });

  it('runs the same number of SQL statements for a feed page of 1 and of 50 posts with every relation', async () => {
    const g = (
      await t.db.query(
        `INSERT INTO movement_group (name, slug, kind, visibility, join_policy) VALUES ('Gros fil', 'gros-fil', 'NATIONAL', 'PUBLIC', 'OPEN') RETURNING id`,
      )
    ).rows[0].id;
    await t.db.query(
      `INSERT INTO group_post (group_id, author_id, body, created_at) SELECT $1, $2, 'Message ' || i, now() - (i || ' minutes')::interval FROM generate_series(1, 60) i`,
      [g, member.id],
    );
    await t.db.query(
      `INSERT INTO group_post (group_id, author_id, parent_id, body) SELECT group_id, $2, id, 'Réponse' FROM group_post WHERE group_id = $1`,
      [g, coordinator.id],
    );
    const counter = installStatementCounter();
    await t.gql(FEED, { g, first: 2 }, { token: admin.token });
    counter.reset();
    const one = await t.gql<{ groupFeed: { edges: unknown[] } }>(FEED, { g, first: 1 }, { token: admin.token });
    const small = counter.count;
    counter.reset();
    const fifty = await t.gql<{ groupFeed: { edges: unknown[] } }>(FEED, { g, first: 50 }, { token: admin.token });
    expect(one.data?.groupFeed.edges).toHaveLength(1);
    expect(fifty.data?.groupFeed.edges).toHaveLength(50);
    expect(counter.count).toBe(small);
  });
});
