import { installStatementCounter } from '@mouvement/api-core';
import { makeAdmin, signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

const REACT = `mutation($p: ID!, $r: PracticeReaction!, $on: Boolean!) { reactToPractice(practiceId: $p, reaction: $r, on: $on) {
  usefulCount inspiringCount viewerReactions } }`;
const COMMENT = `mutation($p: ID!, $body: String!) { commentOnPractice(practiceId: $p, body: $body) { id body bodyHtml author { id } } }`;
const REPLY = `mutation($c: ID!, $body: String!) { replyToPracticeComment(commentId: $c, body: $body) { id parentId } }`;
const EDIT = `mutation($c: ID!, $body: String!) { editPracticeComment(commentId: $c, body: $body) { body editedAt } }`;
const DELETE = `mutation($c: ID!) { deletePracticeComment(commentId: $c) }`;
const COMMENTS = `query($p: ID!, $first: Int) { practiceComments(practiceId: $p, first: $first) { totalCount
  edges { node { id body viewerIsAuthor author { displayName } replies { body author { displayName } } } } } }`;

describe('Reactions and comments on practices', () => {
  let t: TestApp;
  let author: SignedIn;
  let reader: SignedIn;
  let admin: SignedIn;
  let practiceId: string;
  let draftId: string;
  const as = (who?: SignedIn) => (who ? { token: who.token } : {});
  /** The region's collective, with one active member in the given role. */
  async function regionalCollective(regionCode: string, member: SignedIn, role: 'COORDINATOR' | 'MEMBER'): Promise<string> {
    const { rows } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, region_code, visibility, join_policy)
       VALUES ('Collectif ' || $1::text, 'collectif-' || $1::text, 'REGIONAL_COLLECTIVE', $1, 'PUBLIC', 'OPEN') RETURNING id`,
      [regionCode],
    );
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, $3, 'ACTIVE')`, [
      rows[0].id,
      member.id,
      role,
    ]);
    return rows[0].id as string;
  }
  const counts = async () =>
    (await t.db.query(`SELECT useful_count, inspiring_count, comment_count FROM practice WHERE id = $1`, [practiceId])).rows[0];

  beforeAll(async () => {
    t = await startTestApp();
    [author, reader, admin] = await Promise.all([signUp(t), signUp(t), signUp(t)]);
    admin = await makeAdmin(t, admin);
    const { rows } = await t.db.query(
      `INSERT INTO practice (slug, title, summary, themes, region_code, status, published_at, created_by_id) VALUES
       ('conversation', 'Recyclerie', 'Résumé.', '{CIRCULAR_ECONOMY}', '75', 'PUBLISHED', now(), $1),
       ('conversation-brouillon', 'Brouillon', NULL, '{}', NULL, 'DRAFT', NULL, $1) RETURNING id`,
      [author.id],
    );
    [practiceId, draftId] = [rows[0].id, rows[1].id];
  });
  afterAll(() => t.close());

  it('gives and takes back each reaction once per member, also under parallel clicks', async () => {
    const res = await t.gql<{ reactToPractice: { usefulCount: number; viewerReactions: string[] } }>(
      REACT,
      { p: practiceId, r: 'USEFUL', on: true },
      as(reader),
    );
    expect(res.data?.reactToPractice).toMatchObject({ usefulCount: 1, viewerReactions: ['USEFUL'] });
    await Promise.all(Array.from({ length: 8 }, () => t.gql(REACT, { p: practiceId, r: 'USEFUL', on: true }, as(reader))));
    await Promise.all(Array.from({ length: 8 }, () => t.gql(REACT, { p: practiceId, r: 'INSPIRING', on: true }, as(reader))));
    expect(await counts()).toMatchObject({ useful_count: 1, inspiring_count: 1 });
    const people = await Promise.all(Array.from({ length: 10 }, () => signUp(t)));
    await Promise.all(people.map((p) => t.gql(REACT, { p: practiceId, r: 'USEFUL', on: true }, as(p))));
    expect(await counts()).toMatchObject({ useful_count: 11 });
    const off = await t.gql<{ reactToPractice: { usefulCount: number; viewerReactions: string[] } }>(
      REACT,
      { p: practiceId, r: 'USEFUL', on: false },
      as(reader),
    );
    expect(off.data?.reactToPractice).toMatchObject({ usefulCount: 10, viewerReactions: ['INSPIRING'] });
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM practice_reaction WHERE practice_id = $1 AND reaction = 'USEFUL'`, [
      practiceId,
    ]);
    expect(rows[0].n).toBe(10);
    expect(errorCode(await t.gql(REACT, { p: practiceId, r: 'USEFUL', on: true }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REACT, { p: draftId, r: 'USEFUL', on: true }, as(reader)))).toBe('BAD_USER_INPUT');
  });

  it('takes comments with one level of replies, sanitised, counted on the practice', async () => {
    const first = await t.gql<{ commentOnPractice: { id: string; bodyHtml: string; author: { id: string } } }>(
      COMMENT,
      { p: practiceId, body: 'Bravo ! <script>alert(1)</script> [piège](javascript:alert(2))' },
      as(reader),
    );
    expect(first.data?.commentOnPractice.author.id).toBe(reader.id);
    expect(first.data?.commentOnPractice.bodyHtml).not.toMatch(/<script|href=/);
    const id = first.data?.commentOnPractice.id as string;
    const reply = await t.gql<{ replyToPracticeComment: { id: string; parentId: string } }>(REPLY, { c: id, body: 'Merci !' }, as(author));
    expect(reply.data?.replyToPracticeComment.parentId).toBe(id);
    expect(errorCode(await t.gql(REPLY, { c: reply.data?.replyToPracticeComment.id, body: 'Trop profond' }, as(reader)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await t.gql(COMMENT, { p: draftId, body: 'Sur un brouillon' }, as(author)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(COMMENT, { p: practiceId, body: 'Anonyme' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(COMMENT, { p: practiceId, body: '' }, as(reader)))).toBe('BAD_USER_INPUT');
    const list = await t.gql<{
      practiceComments: { totalCount: number; edges: { node: { viewerIsAuthor: boolean; replies: { body: string }[] } }[] };
    }>(COMMENTS, { p: practiceId, first: 10 });
    expect(list.data?.practiceComments.totalCount).toBe(1);
    expect(list.data?.practiceComments.edges[0]?.node).toMatchObject({ viewerIsAuthor: false, replies: [{ body: 'Merci !' }] });
    expect((await counts()).comment_count).toBe(2);
  });

  it('keeps the earlier versions of an edited comment; only its author edits, its author or an admin deletes', async () => {
    const c = await t.gql<{ commentOnPractice: { id: string } }>(COMMENT, { p: practiceId, body: 'Premier jet' }, as(reader));
    const id = c.data?.commentOnPractice.id as string;
    expect(errorCode(await t.gql(EDIT, { c: id, body: 'Pas à moi' }, as(author)))).toBe('FORBIDDEN');
    const edited = await t.gql<{ editPracticeComment: { body: string; editedAt: string } }>(
      EDIT,
      { c: id, body: 'Version relue' },
      as(reader),
    );
    expect(edited.data?.editPracticeComment.body).toBe('Version relue');
    expect(edited.data?.editPracticeComment.editedAt).toBeTruthy();
    const history = await t.gql<{ practiceCommentRevisions: { body: string }[] }>(
      `query($c: ID!) { practiceCommentRevisions(commentId: $c) { body } }`,
      { c: id },
      as(reader),
    );
    expect(history.data?.practiceCommentRevisions).toEqual([{ body: 'Premier jet' }]);
    expect(errorCode(await t.gql(DELETE, { c: id }, as(author)))).toBe('FORBIDDEN');
    const before = (await counts()).comment_count;
    expect((await t.gql<{ deletePracticeComment: boolean }>(DELETE, { c: id }, as(admin))).data?.deletePracticeComment).toBe(true);
    expect((await counts()).comment_count).toBe(before - 1);
    const { rows } = await t.db.query(`SELECT deleted_at IS NOT NULL AS gone, body FROM practice_comment WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({ gone: true, body: 'Version relue' });
  });

  it('lists comments with the same number of SQL statements for 1 and 50, replies and authors selected', async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => signUp(t)));
    await t.db.query(
      `INSERT INTO practice_comment (practice_id, author_id, body, created_at)
       SELECT $1, ($2::uuid[])[1 + i % 6], 'Commentaire ' || i, now() + make_interval(secs => i) FROM generate_series(1, 55) i`,
      [practiceId, people.map((p) => p.id)],
    );
    await t.db.query(
      `INSERT INTO practice_comment (practice_id, author_id, parent_id, body)
       SELECT practice_id, $2, id, 'Réponse' FROM practice_comment WHERE practice_id = $1 AND parent_id IS NULL`,
      [practiceId, author.id],
    );
    const counter = installStatementCounter();
    await t.gql(COMMENTS, { p: practiceId, first: 2 }, as(reader));
    counter.reset();
    await t.gql(COMMENTS, { p: practiceId, first: 1 }, as(reader));
    const small = counter.count;
    counter.reset();
    const fifty = await t.gql<{ practiceComments: { edges: unknown[] } }>(COMMENTS, { p: practiceId, first: 50 }, as(reader));
    expect(fifty.data?.practiceComments.edges).toHaveLength(50);
    expect(counter.count).toBe(small);
  });

  it('sends reported comments to the admins, or to the coordinators of the group the practice was shared in', async () => {
    const REPORT = `mutation($id: ID!) { reportContent(targetType: PRACTICE_COMMENT, targetId: $id, reason: "Propos déplacés") }`;
    const QUEUE = `query { reportQueue { targetType targetId groupId excerpt reportCount } }`;
    const DECIDE = `mutation($id: ID!) { moderateContent(targetType: PRACTICE_COMMENT, targetId: $id, action: "HIDE") }`;
    const [coordinator, writer] = await Promise.all([signUp(t), signUp(t)]);
    const { rows: groups } = await t.db.query(
      `INSERT INTO movement_group (name, slug, kind, region_code, visibility, join_policy) VALUES ('Collectif test', 'collectif-test', 'REGIONAL_COLLECTIVE', '76', 'PUBLIC', 'OPEN') RETURNING id`,
    );
    const groupId = groups[0].id;
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
      groupId,
      coordinator.id,
    ]);
    const lone = (
      await t.gql<{ commentOnPractice: { id: string } }>(COMMENT, { p: practiceId, body: 'Commentaire hors groupe' }, as(writer))
    ).data?.commentOnPractice.id as string;
    expect((await t.gql<{ reportContent: boolean }>(REPORT, { id: lone }, as(reader))).data?.reportContent).toBe(true);
    const adminQueue = await t.gql<{ reportQueue: { targetId: string; groupId: string | null; excerpt: string }[] }>(QUEUE, {}, as(admin));
    expect(adminQueue.data?.reportQueue).toContainEqual(
      expect.objectContaining({ targetId: lone, groupId: null, excerpt: 'Commentaire hors groupe' }),
    );
    const coordinatorQueue = await t.gql<{ reportQueue: { targetId: string }[] }>(QUEUE, {}, as(coordinator));
    expect(coordinatorQueue.data?.reportQueue.map((r) => r.targetId)).not.toContain(lone);
    expect(errorCode(await t.gql(DECIDE, { id: lone }, as(coordinator)))).toBe('FORBIDDEN');
    expect((await t.gql<{ moderateContent: boolean }>(DECIDE, { id: lone }, as(admin))).data?.moderateContent).toBe(true);
    const { rows: hidden } = await t.db.query(`SELECT hidden_at IS NOT NULL AS hidden FROM practice_comment WHERE id = $1`, [lone]);
    expect(hidden[0].hidden).toBe(true);

    await t.db.query(`UPDATE practice SET group_id = $2 WHERE id = $1`, [practiceId, groupId]);
    const shared = (await t.gql<{ commentOnPractice: { id: string } }>(COMMENT, { p: practiceId, body: 'Dans le groupe' }, as(writer))).data
      ?.commentOnPractice.id as string;
    await t.gql(REPORT, { id: shared }, as(reader));
    const queue = await t.gql<{ reportQueue: { targetId: string; groupId: string }[] }>(QUEUE, {}, as(coordinator));
    expect(queue.data?.reportQueue).toContainEqual(expect.objectContaining({ targetId: shared, groupId }));
    expect((await t.gql<{ moderateContent: boolean }>(DECIDE, { id: shared }, as(coordinator))).data?.moderateContent).toBe(true);
    const list = await t.gql<{ practiceComments: { edges: { node: { id: string; body: string; hiddenByModeration: boolean } }[] } }>(
      `query($p: ID!) { practiceComments(practiceId: $p, first: 100) { edges { node { id body hiddenByModeration } } } }`,
      { p: practiceId },
      as(reader),
    );
    expect(list.data?.practiceComments.edges.find((e) => e.node.id === shared)?.node).toEqual({
      id: shared,
      body: '',
      hiddenByModeration: true,
    });
    const { rows: audit } = await t.db.query(`SELECT action FROM group_audit WHERE group_id = $1`, [groupId]);
    expect(audit.map((a) => a.action)).toContain('HIDE');
  });

  it('lets members report a practice sheet: three reporters hide it from the library until a moderator restores it', async () => {
    const REPORT = `mutation($id: ID!) { reportContent(targetType: PRACTICE, targetId: $id, reason: "Contenu trompeur") }`;
    const DECIDE = `mutation($id: ID!, $action: String!) { moderateContent(targetType: PRACTICE, targetId: $id, action: $action) }`;
    const READ = `query { practice(slug: "fiche-signalee") { title hiddenByModeration } }`;
    const CAN = `query { practice(slug: "fiche-signalee") { viewerCanModerate } }`;
    const LISTED = async () =>
      (
        await t.gql<{ practices: { edges: { node: { title: string } }[] } }>(
          `query { practices(first: 20, filter: { search: "signalée" }) { edges { node { title } } } }`,
        )
      ).data?.practices.edges.map((e) => e.node.title);
    const { rows } = await t.db.query(
      `INSERT INTO practice (slug, title, summary, themes, region_code, status, published_at, created_by_id)
       VALUES ('fiche-signalee', 'Fiche signalée', 'Résumé.', '{FOOD}', '84', 'PUBLISHED', now(), $1) RETURNING id`,
      [author.id],
    );
    const sheetId = rows[0].id as string;
    await t.db.query(`INSERT INTO practice_author (practice_id, account_id) VALUES ($1, $2)`, [sheetId, author.id]);
    expect(await LISTED()).toEqual(['Fiche signalée']);

    expect(errorCode(await t.gql(REPORT, { id: sheetId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REPORT, { id: draftId }, as(reader)))).toBe('NOT_FOUND');
    const reporters = await Promise.all([signUp(t), signUp(t), signUp(t)]);
    await t.db.query(`INSERT INTO practice_replication (practice_id, declared_by_id, region_code) VALUES ($1, $2, '84')`, [
      sheetId,
      reporters[0]?.id,
    ]);
    const MINE = `query { myReplications { practice { title } } }`;
    const mine = async () =>
      (await t.gql<{ myReplications: { practice: { title: string } }[] }>(MINE, {}, as(reporters[0]))).data?.myReplications.map(
        (r) => r.practice.title,
      );
    expect(await mine()).toEqual(['Fiche signalée']);
    // In parallel: the third distinct reporter hides it, whatever the order.
    const results = await Promise.all(reporters.map((r) => t.gql<{ reportContent: boolean }>(REPORT, { id: sheetId }, as(r))));
    expect(results.map((r) => r.data?.reportContent)).toEqual([true, true, true]);
    const { rows: hidden } = await t.db.query(`SELECT hidden_at IS NOT NULL AS hidden FROM practice WHERE id = $1`, [sheetId]);
    expect(hidden[0].hidden).toBe(true);

    expect((await t.gql<{ practice: unknown }>(READ, {}, as(reader))).data?.practice).toBeNull();
    expect((await t.gql<{ practice: unknown }>(READ)).data?.practice).toBeNull();
    expect((await t.gql<{ practice: unknown }>(READ, {}, as(author))).data?.practice).toEqual({
      title: 'Fiche signalée',
      hiddenByModeration: true,
    });
    expect(await LISTED()).toEqual([]);
    // Nor through the replications declared before it was hidden.
    expect(await mine()).toEqual([]);
    expect(errorCode(await t.gql(REACT, { p: sheetId, r: 'USEFUL', on: true }, as(reader)))).toBe('BAD_USER_INPUT');

    const queue = await t.gql<{
      reportQueue: { targetId: string; excerpt: string; slug: string | null; reportCount: number; hidden: boolean }[];
    }>(`query { reportQueue { targetId excerpt slug reportCount hidden } }`, {}, as(admin));
    expect(queue.data?.reportQueue).toContainEqual({
      targetId: sheetId,
      excerpt: 'Fiche signalée',
      slug: 'fiche-signalee',
      reportCount: 3,
      hidden: true,
    });
    expect(errorCode(await t.gql(DECIDE, { id: sheetId, action: 'RESTORE' }, as(author)))).toBe('FORBIDDEN');
    expect((await t.gql<{ practice: { viewerCanModerate: boolean } }>(CAN, {}, as(author))).data?.practice.viewerCanModerate).toBe(false);
    expect((await t.gql<{ practice: { viewerCanModerate: boolean } }>(CAN, {}, as(admin))).data?.practice.viewerCanModerate).toBe(true);
    expect((await t.gql<{ moderateContent: boolean }>(DECIDE, { id: sheetId, action: 'RESTORE' }, as(admin))).data?.moderateContent).toBe(
      true,
    );
    expect((await t.gql<{ practice: unknown }>(READ)).data?.practice).toEqual({ title: 'Fiche signalée', hiddenByModeration: false });
    expect(await LISTED()).toEqual(['Fiche signalée']);

    // Shared in a group: its coordinators moderate it, other members cannot.
    const coordinator = await signUp(t);
    const groups = [{ id: await regionalCollective('84', coordinator, 'COORDINATOR') }];
    await t.db.query(`UPDATE practice SET group_id = $2 WHERE id = $1`, [sheetId, groups[0].id]);
    expect((await t.gql<{ practice: { viewerCanModerate: boolean } }>(CAN, {}, as(coordinator))).data?.practice.viewerCanModerate).toBe(
      true,
    );
    expect(errorCode(await t.gql(DECIDE, { id: sheetId, action: 'HIDE' }, as(reader)))).toBe('FORBIDDEN');
    expect(
      (await t.gql<{ moderateContent: boolean }>(DECIDE, { id: sheetId, action: 'HIDE' }, as(coordinator))).data?.moderateContent,
    ).toBe(true);
    expect((await t.gql<{ practice: { viewerCanModerate: boolean } }>(CAN, {}, as(coordinator))).data?.practice.viewerCanModerate).toBe(
      true,
    );
    expect(await LISTED()).toEqual([]);
    const { rows: audit } = await t.db.query(`SELECT action FROM group_audit WHERE group_id = $1`, [groups[0].id]);
    expect(audit.map((a) => a.action)).toEqual(['HIDE']);

    // An author who coordinates a group can neither moderate their own sheet nor move it, hidden,
    // to a group they coordinate.
    await t.db.query(`INSERT INTO group_member (group_id, account_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [
      groups[0].id,
      author.id,
    ]);
    expect((await t.gql<{ practice: { viewerCanModerate: boolean } }>(CAN, {}, as(author))).data?.practice.viewerCanModerate).toBe(false);
    expect(errorCode(await t.gql(DECIDE, { id: sheetId, action: 'RESTORE' }, as(author)))).toBe('FORBIDDEN');
    const { rows: versions } = await t.db.query(`SELECT version FROM practice WHERE id = $1`, [sheetId]);
    const MOVE = `mutation($id: ID!, $v: Int!, $input: UpdatePracticeInput!) { updatePractice(practiceId: $id, version: $v, input: $input) { id } }`;
    expect(errorCode(await t.gql(MOVE, { id: sheetId, v: versions[0].version, input: { groupId: null } }, as(author)))).toBe('FORBIDDEN');
    const { rows: still } = await t.db.query(`SELECT group_id, hidden_at IS NOT NULL AS hidden FROM practice WHERE id = $1`, [sheetId]);
    expect(still[0]).toEqual({ group_id: groups[0].id, hidden: true });
  });

  it('moves the open reports of a sheet and of its comments with the sheet to its new group', async () => {
    const REPORT = `mutation($type: ReportTarget!, $id: ID!) { reportContent(targetType: $type, targetId: $id, reason: "À vérifier") }`;
    const MOVE = `mutation($id: ID!, $v: Int!, $input: UpdatePracticeInput!) { updatePractice(practiceId: $id, version: $v, input: $input) { version } }`;
    const groups = [{ id: await regionalCollective('11', author, 'MEMBER') }];
    const { rows } = await t.db.query(
      `INSERT INTO practice (slug, title, summary, themes, region_code, status, published_at, created_by_id)
       VALUES ('fiche-demenagee', 'Fiche déménagée', 'Résumé.', '{FOOD}', '84', 'PUBLISHED', now(), $1) RETURNING id, version`,
      [author.id],
    );
    const sheet = rows[0] as { id: string; version: number };
    await t.db.query(`INSERT INTO practice_author (practice_id, account_id) VALUES ($1, $2)`, [sheet.id, author.id]);
    const comment = (await t.gql<{ commentOnPractice: { id: string } }>(COMMENT, { p: sheet.id, body: 'Un avis' }, as(reader))).data
      ?.commentOnPractice.id;
    await t.gql(REPORT, { type: 'PRACTICE', id: sheet.id }, as(reader));
    await t.gql(REPORT, { type: 'PRACTICE_COMMENT', id: comment }, as(admin));
    const moved = await t.gql(MOVE, { id: sheet.id, v: sheet.version, input: { groupId: groups[0].id } }, as(author));
    expect(moved.errors).toBeUndefined();
    const { rows: reports } = await t.db.query(
      `SELECT target_type, group_id FROM content_report WHERE target_id IN ($1, $2) ORDER BY target_type`,
      [sheet.id, comment],
    );
    expect(reports).toEqual([
      { target_type: 'PRACTICE', group_id: groups[0].id },
      { target_type: 'PRACTICE_COMMENT', group_id: groups[0].id },
    ]);
  });
});
