import { ALL, entry, SIGNED_IN, type Entry } from './cell';

/**
 * The practice library: published sheets are a commons anyone reads; drafts are their authors';
 * the coordinators of the group a sheet was shared in moderate it and its comments, as admins do.
 */
export const PRACTICE_CELLS: Entry[] = [
  entry({ coordinate: 'Query.practices', scene: 'practice', allowed: ALL, run: () => [`{ practices { totalCount } }`, {}] }),
  entry({
    coordinate: 'Query.practice',
    scene: 'practice',
    allowed: ALL,
    run: (s) => [`query($s: String!) { practice(slug: $s) { id } }`, { s: s.practiceSlug }],
    seen: (d) => Boolean(d['practice']),
  }),
  entry({
    coordinate: 'Query.practiceVersion',
    scene: 'practice',
    allowed: ALL,
    run: (s) => [`query($p: ID!) { practiceVersion(practiceId: $p, version: 1) { version } }`, { p: s.practiceId }],
  }),
  entry({
    coordinate: 'Query.practiceComments',
    scene: 'practice',
    allowed: ALL,
    run: (s) => [`query($p: ID!) { practiceComments(practiceId: $p) { totalCount } }`, { p: s.practiceId }],
  }),
  entry({
    coordinate: 'Query.practiceCommentRevisions',
    scene: 'practice',
    // A comment's edit history: its author, and admins as moderators.
    allowed: ['author', 'admin'],
    run: (s) => [`query($c: ID!) { practiceCommentRevisions(commentId: $c) { body } }`, { c: s.commentId }],
  }),
  entry({
    coordinate: 'Query.replications',
    scene: 'practice',
    allowed: ALL,
    run: (s) => [`query($p: ID!) { replications(practiceId: $p) { id } }`, { p: s.practiceId }],
  }),
  entry({ coordinate: 'Query.myPractices', scene: 'practice', allowed: SIGNED_IN, run: () => [`{ myPractices { id } }`, {}] }),
  entry({ coordinate: 'Query.myReplications', scene: 'practice', allowed: SIGNED_IN, run: () => [`{ myReplications { id } }`, {}] }),

  entry({
    coordinate: 'Query.practice (a draft)',
    scene: 'practice',
    allowed: ['author', 'admin'],
    run: (s) => [`query($s: String!) { practice(slug: $s) { id } }`, { s: s.draftSlug }],
    seen: (d) => Boolean(d['practice']),
  }),
  entry({
    coordinate: 'Practice.viewerCanEdit',
    scene: 'practice',
    allowed: ['author'],
    run: (s) => [`query($s: String!) { practice(slug: $s) { viewerCanEdit } }`, { s: s.practiceSlug }],
    seen: (d) => (d['practice'] as { viewerCanEdit: boolean }).viewerCanEdit,
  }),
  entry({
    coordinate: 'Practice.viewerCanModerate',
    scene: 'practice',
    allowed: ['manager', 'admin'],
    run: (s) => [`query($s: String!) { practice(slug: $s) { viewerCanModerate } }`, { s: s.practiceSlug }],
    seen: (d) => (d['practice'] as { viewerCanModerate: boolean }).viewerCanModerate,
  }),
  entry({
    coordinate: 'Practice.viewerReactions',
    scene: 'practice',
    // Only the own member reacted in the scene.
    allowed: ['ownMember'],
    run: (s) => [`query($s: String!) { practice(slug: $s) { viewerReactions } }`, { s: s.practiceSlug }],
    seen: (d) => (d['practice'] as { viewerReactions: string[] }).viewerReactions.length > 0,
  }),
  entry({
    coordinate: 'PracticeComment.viewerIsAuthor',
    scene: 'practice',
    allowed: ['author'],
    run: (s) => [`query($p: ID!) { practiceComments(practiceId: $p) { edges { node { viewerIsAuthor } } } }`, { p: s.practiceId }],
    seen: (d) => (d['practiceComments'] as { edges: { node: { viewerIsAuthor: boolean } }[] }).edges.some((e) => e.node.viewerIsAuthor),
  }),
  entry({
    coordinate: 'Replication.viewerCanEdit',
    scene: 'practice',
    author: 'requester',
    allowed: ['author'],
    run: (s) => [`query($p: ID!) { replications(practiceId: $p) { viewerCanEdit } }`, { p: s.practiceId }],
    seen: (d) => (d['replications'] as { viewerCanEdit: boolean }[]).some((r) => r.viewerCanEdit),
  }),

  entry({
    coordinate: 'Mutation.createPractice',
    scene: 'none',
    allowed: SIGNED_IN,
    run: () => [`mutation { createPractice(input: { title: "Une nouvelle pratique" }) { id } }`, {}],
  }),
  entry({
    coordinate: 'Mutation.importCahier',
    scene: 'none',
    allowed: SIGNED_IN,
    run: () => [
      `mutation($t: String!) { importCahier(text: $t) { practice { id } } }`,
      { t: 'Un atelier de réparation\n\nDescription\n\nOn répare ensemble.' },
    ],
  }),
  entry({
    coordinate: 'Mutation.updatePractice',
    scene: 'practice',
    allowed: ['author'],
    run: (s) => [
      `mutation($p: ID!) { updatePractice(practiceId: $p, version: 1, input: { summary: "Un meilleur résumé" }) { id } }`,
      { p: s.practiceId },
    ],
  }),
  entry({
    coordinate: 'Mutation.publishPractice',
    scene: 'practice',
    allowed: ['author'],
    run: (s) => [`mutation($p: ID!) { publishPractice(practiceId: $p) { id } }`, { p: s.practiceId }],
  }),
  entry({
    coordinate: 'Mutation.archivePractice',
    scene: 'practice',
    allowed: ['author'],
    run: (s) => [`mutation($p: ID!) { archivePractice(practiceId: $p) { id } }`, { p: s.practiceId }],
  }),
  entry({
    coordinate: 'Mutation.addPracticeAuthor',
    scene: 'practice',
    allowed: ['author'],
    run: (s, _me, cast) => [
      `mutation($p: ID!, $m: ID!) { addPracticeAuthor(practiceId: $p, memberId: $m) { id } }`,
      { p: s.practiceId, m: cast.people.member.id },
    ],
  }),
  entry({
    coordinate: 'Mutation.removePracticeAuthor',
    scene: 'practice',
    allowed: ['author'],
    // The founder is the sheet's co-author.
    run: (s, _me, cast) => [
      `mutation($p: ID!, $m: ID!) { removePracticeAuthor(practiceId: $p, memberId: $m) { id } }`,
      { p: s.practiceId, m: cast.founder.id },
    ],
  }),
  entry({
    coordinate: 'Mutation.removePracticeFile',
    scene: 'practice',
    allowed: ['author'],
    run: (s) => [`mutation($f: ID!) { removePracticeFile(fileId: $f) }`, { f: s.fileId }],
  }),
  entry({
    coordinate: 'Mutation.reactToPractice',
    scene: 'practice',
    allowed: SIGNED_IN,
    run: (s) => [`mutation($p: ID!) { reactToPractice(practiceId: $p, reaction: USEFUL, on: true) { id } }`, { p: s.practiceId }],
  }),
  entry({
    coordinate: 'Mutation.commentOnPractice',
    scene: 'practice',
    allowed: SIGNED_IN,
    run: (s) => [`mutation($p: ID!) { commentOnPractice(practiceId: $p, body: "Merci !") { id } }`, { p: s.practiceId }],
  }),
  entry({
    coordinate: 'Mutation.replyToPracticeComment',
    scene: 'practice',
    allowed: SIGNED_IN,
    run: (s) => [`mutation($c: ID!) { replyToPracticeComment(commentId: $c, body: "Bien vu") { id } }`, { c: s.commentId }],
  }),
  entry({
    coordinate: 'Mutation.editPracticeComment',
    scene: 'practice',
    allowed: ['author'],
    run: (s) => [`mutation($c: ID!) { editPracticeComment(commentId: $c, body: "Corrigé") { id } }`, { c: s.commentId }],
  }),
  entry({
    coordinate: 'Mutation.deletePracticeComment',
    scene: 'practice',
    // The group's coordinators hide a reported comment (moderateContent); deleting is its author's or an admin's.
    allowed: ['author', 'admin'],
    run: (s) => [`mutation($c: ID!) { deletePracticeComment(commentId: $c) }`, { c: s.commentId }],
  }),
  entry({
    coordinate: 'Mutation.declareReplication',
    scene: 'practice',
    allowed: SIGNED_IN,
    run: (s) => [`mutation($p: ID!) { declareReplication(input: { practiceId: $p, regionCode: "84" }) { id } }`, { p: s.practiceId }],
  }),
  entry({
    coordinate: 'Mutation.updateReplication',
    scene: 'practice',
    author: 'requester',
    allowed: ['author'],
    run: (s) => [
      `mutation($r: ID!) { updateReplication(replicationId: $r, input: { status: IN_PROGRESS }) { id } }`,
      { r: s.replicationId },
    ],
  }),
  entry({
    coordinate: 'Mutation.withdrawReplication',
    scene: 'practice',
    author: 'requester',
    // An admin may take down a replication that breaks the charter; nobody else speaks for its declarer.
    allowed: ['author', 'admin'],
    run: (s) => [`mutation($r: ID!) { withdrawReplication(replicationId: $r) }`, { r: s.replicationId }],
  }),
];
