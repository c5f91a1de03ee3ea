/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'fragment MyAccount on Account {\n  id\n  email\n  emailVerified\n  displayName\n  kind\n  role\n  regionCode\n  departmentCode\n  bio\n  skills\n  themes\n  publicFields\n  locale\n}': typeof types.MyAccountFragmentDoc;
  'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  account {\n    id\n    displayName\n    role\n    emailVerified\n  }\n}': typeof types.SessionFieldsFragmentDoc;
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}': typeof types.ChangePasswordDocument;
  'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}': typeof types.RequestPasswordResetDocument;
  'mutation ResendVerificationEmail {\n  resendVerificationEmail\n}': typeof types.ResendVerificationEmailDocument;
  'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}': typeof types.ResetPasswordDocument;
  'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}': typeof types.SignInDocument;
  'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    emailSent\n  }\n}': typeof types.SignUpDocument;
  'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MyAccount\n  }\n}': typeof types.UpdateProfileDocument;
  'mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    ...SessionFields\n  }\n}': typeof types.VerifyEmailDocument;
  'query Me {\n  me {\n    ...MyAccount\n  }\n}': typeof types.MeDocument;
  'query Departments($regionCode: String!) {\n  departments(regionCode: $regionCode) {\n    code\n    name\n    regionCode\n  }\n}': typeof types.DepartmentsDocument;
  'query Regions {\n  regions {\n    code\n    name\n    nameEn\n    overseas\n    tile {\n      col\n      row\n    }\n  }\n}': typeof types.RegionsDocument;
  'fragment EventFields on GroupEvent {\n  id\n  title\n  descriptionHtml\n  startsAt\n  endsAt\n  hasEnded\n  timeZone\n  place\n  onlineUrl\n  capacity\n  goingCount\n  waitlistCount\n  icsUrl\n  viewerCanDelete\n  viewerRsvp {\n    answer\n    waitlisted\n    position\n  }\n}': typeof types.EventFieldsFragmentDoc;
  'fragment GroupCard on Group {\n  id\n  name\n  slug\n  kind\n  themes\n  visibility\n  joinPolicy\n  description\n  memberCount\n  region {\n    code\n    name\n    nameEn\n  }\n}': typeof types.GroupCardFragmentDoc;
  'fragment GroupInviteLinkFields on GroupInviteLink {\n  id\n  createdAt\n  createdByName\n  useCount\n  lastUsedAt\n}': typeof types.GroupInviteLinkFieldsFragmentDoc;
  'fragment GroupMembershipFields on GroupMembership {\n  id\n  role\n  status\n  message\n  answers\n  createdAt\n  member {\n    id\n    displayName\n    kind\n  }\n}': typeof types.GroupMembershipFieldsFragmentDoc;
  'fragment PostFields on Post {\n  id\n  body\n  bodyHtml\n  hiddenByModeration\n  pinned\n  announcement\n  createdAt\n  editedAt\n  authorId\n  author {\n    id\n    displayName\n  }\n  reactions {\n    reaction\n    count\n    mine\n  }\n}': typeof types.PostFieldsFragmentDoc;
  'mutation AcceptGroupInvitation($token: String!) {\n  acceptGroupInvitation(token: $token) {\n    id\n    slug\n    name\n  }\n}': typeof types.AcceptGroupInvitationDocument;
  'mutation ApproveMembership($membershipId: ID!) {\n  approveMembership(membershipId: $membershipId) {\n    id\n    status\n  }\n}': typeof types.ApproveMembershipDocument;
  'mutation BanMember($groupId: ID!, $accountId: ID!) {\n  banMember(groupId: $groupId, accountId: $accountId) {\n    id\n    status\n  }\n}': typeof types.BanMemberDocument;
  'mutation CreateCalendarFeed($groupId: ID!) {\n  createCalendarFeed(groupId: $groupId)\n}': typeof types.CreateCalendarFeedDocument;
  'mutation CreateEvent($groupId: ID!, $input: CreateEventInput!) {\n  createEvent(groupId: $groupId, input: $input) {\n    id\n  }\n}': typeof types.CreateEventDocument;
  'mutation CreateGroupInviteLink($groupId: ID!) {\n  createGroupInviteLink(groupId: $groupId) {\n    url\n    link {\n      ...GroupInviteLinkFields\n    }\n  }\n}': typeof types.CreateGroupInviteLinkDocument;
  'mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    id\n    slug\n  }\n}': typeof types.CreateGroupDocument;
  'mutation CreatePost($groupId: ID!, $body: String!, $announcement: Boolean) {\n  createPost(groupId: $groupId, body: $body, announcement: $announcement) {\n    id\n  }\n}': typeof types.CreatePostDocument;
  'mutation DeclineMembership($membershipId: ID!) {\n  declineMembership(membershipId: $membershipId)\n}': typeof types.DeclineMembershipDocument;
  'mutation DeleteEvent($eventId: ID!) {\n  deleteEvent(eventId: $eventId)\n}': typeof types.DeleteEventDocument;
  'mutation DeletePost($postId: ID!) {\n  deletePost(postId: $postId)\n}': typeof types.DeletePostDocument;
  'mutation EditPost($postId: ID!, $body: String!) {\n  editPost(postId: $postId, body: $body) {\n    ...PostFields\n  }\n}': typeof types.EditPostDocument;
  'mutation InviteToGroup($groupId: ID!, $emails: [String!]) {\n  inviteToGroup(groupId: $groupId, emails: $emails)\n}': typeof types.InviteToGroupDocument;
  'mutation JoinGroup($groupId: ID!, $message: String, $answers: [String!]) {\n  joinGroup(groupId: $groupId, message: $message, answers: $answers) {\n    id\n    status\n  }\n}': typeof types.JoinGroupDocument;
  'mutation LeaveGroup($groupId: ID!) {\n  leaveGroup(groupId: $groupId)\n}': typeof types.LeaveGroupDocument;
  'mutation AppointCoordinator($membershipId: ID!) {\n  appointCoordinator(membershipId: $membershipId) {\n    id\n    role\n  }\n}': typeof types.AppointCoordinatorDocument;
  'mutation ModerateContent($targetType: ReportTarget!, $targetId: ID!, $action: String!) {\n  moderateContent(targetType: $targetType, targetId: $targetId, action: $action)\n}': typeof types.ModerateContentDocument;
  'mutation PinPost($postId: ID!, $pinned: Boolean!) {\n  pinPost(postId: $postId, pinned: $pinned) {\n    id\n    pinned\n  }\n}': typeof types.PinPostDocument;
  'mutation ReactToPost($postId: ID!, $reaction: Reaction!, $on: Boolean!) {\n  reactToPost(postId: $postId, reaction: $reaction, on: $on) {\n    id\n    reactions {\n      reaction\n      count\n      mine\n    }\n  }\n}': typeof types.ReactToPostDocument;
  'mutation RemoveMember($membershipId: ID!) {\n  removeMember(membershipId: $membershipId)\n}': typeof types.RemoveMemberDocument;
  'mutation ReplyToPost($postId: ID!, $body: String!) {\n  replyToPost(postId: $postId, body: $body) {\n    id\n  }\n}': typeof types.ReplyToPostDocument;
  'mutation ReportContent($targetType: ReportTarget!, $targetId: ID!, $reason: String!) {\n  reportContent(targetType: $targetType, targetId: $targetId, reason: $reason)\n}': typeof types.ReportContentDocument;
  'mutation RevokeCalendarFeed($groupId: ID!) {\n  revokeCalendarFeed(groupId: $groupId)\n}': typeof types.RevokeCalendarFeedDocument;
  'mutation RevokeCoordinator($membershipId: ID!) {\n  revokeCoordinator(membershipId: $membershipId) {\n    id\n    role\n  }\n}': typeof types.RevokeCoordinatorDocument;
  'mutation RevokeGroupInviteLink($linkId: ID!) {\n  revokeGroupInviteLink(linkId: $linkId)\n}': typeof types.RevokeGroupInviteLinkDocument;
  'mutation RsvpEvent($eventId: ID!, $answer: RsvpAnswer!) {\n  rsvpEvent(eventId: $eventId, answer: $answer) {\n    ...EventFields\n  }\n}': typeof types.RsvpEventDocument;
  'mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n  updateGroup(groupId: $groupId, input: $input) {\n    ...GroupCard\n    charter\n    charterHtml\n    joinQuestions\n  }\n}': typeof types.UpdateGroupDocument;
  'query GroupAuditLog($groupId: ID!) {\n  groupAuditLog(groupId: $groupId) {\n    id\n    action\n    actorName\n    targetName\n    detail\n    createdAt\n  }\n}': typeof types.GroupAuditLogDocument;
  'query GroupDashboard($groupId: ID!) {\n  groupDashboard(groupId: $groupId) {\n    generatedAt\n    timeZone\n    total {\n      ...DashboardFiguresFields\n    }\n    own {\n      ...DashboardFiguresFields\n    }\n    children {\n      ...DashboardFiguresFields\n    }\n    activity {\n      weekStart\n      posts\n      replies\n    }\n    recentEvents {\n      eventId\n      title\n      groupName\n      startsAt\n      timeZone\n      capacity\n      going\n      maybe\n      notGoing\n      waitlisted\n    }\n  }\n}\n\nfragment DashboardFiguresFields on DashboardFigures {\n  groupId\n  groupName\n  groupSlug\n  kind\n  groupCount\n  members\n  newMembers\n  pendingRequests\n  postsAndReplies\n}': typeof types.GroupDashboardDocument;
  'query GroupEvent($eventId: ID!) {\n  groupEvent(eventId: $eventId) {\n    ...EventFields\n    groupId\n    groupName\n    groupSlug\n  }\n}': typeof types.GroupEventDocument;
  'query GroupEvents($groupId: ID!, $period: EventPeriod!, $first: Int!) {\n  groupEvents(groupId: $groupId, period: $period, first: $first) {\n    edges {\n      node {\n        ...EventFields\n      }\n    }\n  }\n}': typeof types.GroupEventsDocument;
  'query GroupFeed($groupId: ID!, $first: Int!, $after: String) {\n  groupFeed(groupId: $groupId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PostFields\n        replies {\n          ...PostFields\n        }\n      }\n    }\n  }\n}': typeof types.GroupFeedDocument;
  'query GroupInviteLinks($slug: String!) {\n  group(slug: $slug) {\n    id\n    inviteLinks {\n      ...GroupInviteLinkFields\n    }\n  }\n}': typeof types.GroupInviteLinksDocument;
  'query Group($slug: String!) {\n  group(slug: $slug) {\n    ...GroupCard\n    charter\n    charterHtml\n    joinQuestions\n    parent {\n      id\n      name\n      slug\n    }\n    children {\n      id\n      name\n      slug\n      kind\n    }\n    coordinators {\n      id\n      displayName\n    }\n    members {\n      ...GroupMembershipFields\n    }\n    viewerMembership {\n      id\n      role\n      status\n    }\n    pendingRequests {\n      ...GroupMembershipFields\n    }\n    canReadDashboard\n  }\n}': typeof types.GroupDocument;
  'query Groups($first: Int!, $after: String, $filter: GroupFilter, $sort: GroupSort!) {\n  groups(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...GroupCard\n      }\n    }\n  }\n}': typeof types.GroupsDocument;
  'query MyEvents($period: EventPeriod!, $first: Int!) {\n  myEvents(period: $period, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...EventFields\n        groupName\n        groupSlug\n      }\n    }\n  }\n}': typeof types.MyEventsDocument;
  'query PostRevisions($postId: ID!) {\n  postRevisions(postId: $postId) {\n    body\n    createdAt\n  }\n}': typeof types.PostRevisionsDocument;
  'query PreviewMarkdown($body: String!) {\n  previewMarkdown(body: $body)\n}': typeof types.PreviewMarkdownDocument;
  'query ReportQueue($groupId: ID) {\n  reportQueue(groupId: $groupId) {\n    targetType\n    targetId\n    excerpt\n    slug\n    hidden\n    reportCount\n    reasons\n    firstReportedAt\n  }\n}': typeof types.ReportQueueDocument;
  'mutation SetPlatformRole($accountId: ID!, $role: PlatformRole!) {\n  setPlatformRole(accountId: $accountId, role: $role) {\n    id\n    role\n  }\n}': typeof types.SetPlatformRoleDocument;
  'query Members($first: Int!, $after: String, $filter: MemberFilter, $sort: MemberSort!) {\n  members(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        kind\n        bio\n        skills\n        themes\n        email\n        role\n        region {\n          code\n          name\n          nameEn\n        }\n        department {\n          code\n          name\n        }\n      }\n    }\n  }\n}': typeof types.MembersDocument;
  'fragment OrganisationCard on Organisation {\n  id\n  name\n  slug\n  kind\n  isSocialEconomy\n  themes\n  memberCount\n  claimable\n  region {\n    code\n    name\n    nameEn\n  }\n  department {\n    code\n    name\n  }\n}': typeof types.OrganisationCardFragmentDoc;
  'fragment OrganisationDetails on Organisation {\n  ...OrganisationCard\n  legalForm\n  siret\n  esusApproved\n  website\n  description\n  headcount\n  regionCode\n  departmentCode\n  createdAt\n  owners {\n    id\n    displayName\n  }\n  members {\n    id\n    role\n    member {\n      id\n      displayName\n      kind\n    }\n  }\n  viewerMembership {\n    id\n    role\n    status\n  }\n  joinRequests {\n    id\n    message\n    createdAt\n    member {\n      id\n      displayName\n      kind\n    }\n  }\n}': typeof types.OrganisationDetailsFragmentDoc;
  'mutation ClaimOrganisation($organisationId: ID!, $justification: String!) {\n  claimOrganisation(\n    organisationId: $organisationId\n    justification: $justification\n  ) {\n    id\n    status\n  }\n}': typeof types.ClaimOrganisationDocument;
  'mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationDetails\n  }\n}': typeof types.CreateOrganisationDocument;
  'mutation DecideOrganisationClaim($claimId: ID!, $approve: Boolean!) {\n  decideOrganisationClaim(claimId: $claimId, approve: $approve) {\n    id\n    status\n  }\n}': typeof types.DecideOrganisationClaimDocument;
  'mutation DecideOrganisationMembership($membershipId: ID!, $accept: Boolean!) {\n  decideOrganisationMembership(membershipId: $membershipId, accept: $accept) {\n    id\n    status\n  }\n}': typeof types.DecideOrganisationMembershipDocument;
  'mutation LeaveOrganisation($organisationId: ID!) {\n  leaveOrganisation(organisationId: $organisationId)\n}': typeof types.LeaveOrganisationDocument;
  'mutation RequestToJoinOrganisation($organisationId: ID!, $message: String) {\n  requestToJoinOrganisation(organisationId: $organisationId, message: $message) {\n    id\n    status\n    role\n  }\n}': typeof types.RequestToJoinOrganisationDocument;
  'mutation UpdateOrganisation($organisationId: ID!, $input: UpdateOrganisationInput!) {\n  updateOrganisation(organisationId: $organisationId, input: $input) {\n    ...OrganisationDetails\n  }\n}': typeof types.UpdateOrganisationDocument;
  'query OrganisationNearDuplicates($name: String!, $regionCode: String!, $departmentCode: String) {\n  organisationNearDuplicates(\n    name: $name\n    regionCode: $regionCode\n    departmentCode: $departmentCode\n  ) {\n    similarity\n    organisation {\n      id\n      name\n      slug\n      department {\n        code\n        name\n      }\n    }\n  }\n}': typeof types.OrganisationNearDuplicatesDocument;
  'query OrganisationClaims($status: ClaimStatus!) {\n  organisationClaims(status: $status) {\n    id\n    justification\n    status\n    createdAt\n    organisation {\n      id\n      name\n      slug\n    }\n    claimant {\n      id\n      displayName\n      email\n    }\n  }\n}': typeof types.OrganisationClaimsDocument;
  'query Organisation($slug: String!) {\n  organisation(slug: $slug) {\n    ...OrganisationDetails\n  }\n}': typeof types.OrganisationDocument;
  'query Organisations($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort!) {\n  organisations(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganisationCard\n      }\n    }\n  }\n}': typeof types.OrganisationsDocument;
  'fragment PracticeCard on Practice {\n  id\n  slug\n  title\n  summary\n  status\n  themes\n  usefulCount\n  replicationCount\n  publishedAt\n  updatedAt\n  region {\n    code\n    name\n    nameEn\n  }\n  organisation {\n    id\n    name\n    slug\n  }\n}': typeof types.PracticeCardFragmentDoc;
  'fragment PracticeFields on Practice {\n  ...PracticeCard\n  version\n  hiddenByModeration\n  viewerCanModerate\n  licence\n  inspiringCount\n  commentCount\n  createdAt\n  department {\n    code\n    name\n  }\n  sections {\n    kind\n    heading\n    ownHeading\n    body\n    bodyHtml\n  }\n  group {\n    id\n    name\n    slug\n  }\n  authors {\n    id\n    displayName\n  }\n  viewerCanEdit\n  viewerReactions\n  related {\n    ...PracticeCard\n  }\n  cover {\n    id\n    name\n    url\n  }\n  attachments {\n    id\n    name\n    url\n    mimeType\n    sizeBytes\n  }\n  replicationMap {\n    region {\n      code\n    }\n    count\n  }\n  revisions {\n    version\n    title\n    replacedByName\n    replacedAt\n  }\n}': typeof types.PracticeFieldsFragmentDoc;
  'mutation ReactToPractice($practiceId: ID!, $reaction: PracticeReaction!, $on: Boolean!) {\n  reactToPractice(practiceId: $practiceId, reaction: $reaction, on: $on) {\n    id\n    usefulCount\n    inspiringCount\n    viewerReactions\n  }\n}\n\nmutation CommentOnPractice($practiceId: ID!, $body: String!) {\n  commentOnPractice(practiceId: $practiceId, body: $body) {\n    id\n  }\n}\n\nmutation ReplyToPracticeComment($commentId: ID!, $body: String!) {\n  replyToPracticeComment(commentId: $commentId, body: $body) {\n    id\n  }\n}\n\nmutation EditPracticeComment($commentId: ID!, $body: String!) {\n  editPracticeComment(commentId: $commentId, body: $body) {\n    id\n    body\n    bodyHtml\n    editedAt\n  }\n}\n\nmutation DeletePracticeComment($commentId: ID!) {\n  deletePracticeComment(commentId: $commentId)\n}': typeof types.ReactToPracticeDocument;
  'mutation CreatePractice($input: CreatePracticeInput!) {\n  createPractice(input: $input) {\n    ...PracticeFields\n  }\n}\n\nmutation UpdatePractice($practiceId: ID!, $version: Int!, $input: UpdatePracticeInput!) {\n  updatePractice(practiceId: $practiceId, version: $version, input: $input) {\n    ...PracticeFields\n  }\n}\n\nmutation PublishPractice($practiceId: ID!) {\n  publishPractice(practiceId: $practiceId) {\n    ...PracticeFields\n  }\n}\n\nmutation ArchivePractice($practiceId: ID!) {\n  archivePractice(practiceId: $practiceId) {\n    ...PracticeFields\n  }\n}\n\nmutation AddPracticeAuthor($practiceId: ID!, $memberId: ID!) {\n  addPracticeAuthor(practiceId: $practiceId, memberId: $memberId) {\n    id\n    authors {\n      id\n      displayName\n    }\n  }\n}\n\nmutation ImportCahier($text: String!) {\n  importCahier(text: $text) {\n    unplaced\n    practice {\n      id\n      slug\n      title\n    }\n  }\n}\n\nmutation RemovePracticeFile($fileId: ID!) {\n  removePracticeFile(fileId: $fileId)\n}': typeof types.CreatePracticeDocument;
  'mutation DeclareReplication($input: DeclareReplicationInput!) {\n  declareReplication(input: $input) {\n    id\n    status\n  }\n}\n\nmutation WithdrawReplication($replicationId: ID!) {\n  withdrawReplication(replicationId: $replicationId)\n}': typeof types.DeclareReplicationDocument;
  'query MyOrganisations {\n  myOrganisationMemberships {\n    id\n    status\n    organisation {\n      id\n      name\n    }\n  }\n}': typeof types.MyOrganisationsDocument;
  'query MyPractices {\n  myPractices {\n    ...PracticeCard\n  }\n}': typeof types.MyPracticesDocument;
  'query PracticeComments($practiceId: ID!, $first: Int!, $after: String) {\n  practiceComments(practiceId: $practiceId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PracticeCommentFields\n        replies {\n          ...PracticeCommentFields\n        }\n      }\n    }\n  }\n}\n\nfragment PracticeCommentFields on PracticeComment {\n  id\n  parentId\n  body\n  bodyHtml\n  hiddenByModeration\n  createdAt\n  editedAt\n  viewerIsAuthor\n  author {\n    id\n    displayName\n  }\n}': typeof types.PracticeCommentsDocument;
  'query PracticeVersion($practiceId: ID!, $version: Int!) {\n  practiceVersion(practiceId: $practiceId, version: $version) {\n    version\n    title\n    summary\n    editedByName\n    savedAt\n    sections {\n      kind\n      heading\n      bodyHtml\n    }\n  }\n}': typeof types.PracticeVersionDocument;
  'query Practice($slug: String!) {\n  practice(slug: $slug) {\n    ...PracticeFields\n  }\n}': typeof types.PracticeDocument;
  'query Practices($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort!) {\n  practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PracticeCard\n        snippet\n      }\n    }\n  }\n}': typeof types.PracticesDocument;
  'query Replications($practiceId: ID!) {\n  replications(practiceId: $practiceId) {\n    id\n    status\n    notes\n    contactConsent\n    createdAt\n    viewerCanEdit\n    region {\n      code\n      name\n      nameEn\n    }\n    department {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n      slug\n    }\n    declaredBy {\n      id\n      displayName\n    }\n  }\n}\n\nquery MyReplications {\n  myReplications {\n    id\n    status\n    region {\n      code\n      name\n      nameEn\n    }\n    department {\n      code\n      name\n    }\n    practice {\n      id\n      slug\n      title\n    }\n  }\n}': typeof types.ReplicationsDocument;
  'query HomeFigures {\n  regions {\n    code\n    name\n    nameEn\n    overseas\n    tile {\n      col\n      row\n    }\n  }\n}': typeof types.HomeFiguresDocument;
  'query MovementFigures {\n  movementFigures {\n    members\n    organisations\n    socialEconomyOrganisations\n    regions {\n      regionCode\n      members\n      organisations\n    }\n  }\n}': typeof types.MovementFiguresDocument;
};
const documents: Documents = {
  'fragment MyAccount on Account {\n  id\n  email\n  emailVerified\n  displayName\n  kind\n  role\n  regionCode\n  departmentCode\n  bio\n  skills\n  themes\n  publicFields\n  locale\n}':
    types.MyAccountFragmentDoc,
  'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  account {\n    id\n    displayName\n    role\n    emailVerified\n  }\n}':
    types.SessionFieldsFragmentDoc,
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}': types.ChangePasswordDocument,
  'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}': types.RequestPasswordResetDocument,
  'mutation ResendVerificationEmail {\n  resendVerificationEmail\n}': types.ResendVerificationEmailDocument,
  'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}': types.ResetPasswordDocument,
  'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}': types.SignInDocument,
  'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    emailSent\n  }\n}': types.SignUpDocument,
  'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MyAccount\n  }\n}':
    types.UpdateProfileDocument,
  'mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    ...SessionFields\n  }\n}': types.VerifyEmailDocument,
  'query Me {\n  me {\n    ...MyAccount\n  }\n}': types.MeDocument,
  'query Departments($regionCode: String!) {\n  departments(regionCode: $regionCode) {\n    code\n    name\n    regionCode\n  }\n}':
    types.DepartmentsDocument,
  'query Regions {\n  regions {\n    code\n    name\n    nameEn\n    overseas\n    tile {\n      col\n      row\n    }\n  }\n}':
    types.RegionsDocument,
  'fragment EventFields on GroupEvent {\n  id\n  title\n  descriptionHtml\n  startsAt\n  endsAt\n  hasEnded\n  timeZone\n  place\n  onlineUrl\n  capacity\n  goingCount\n  waitlistCount\n  icsUrl\n  viewerCanDelete\n  viewerRsvp {\n    answer\n    waitlisted\n    position\n  }\n}':
    types.EventFieldsFragmentDoc,
  'fragment GroupCard on Group {\n  id\n  name\n  slug\n  kind\n  themes\n  visibility\n  joinPolicy\n  description\n  memberCount\n  region {\n    code\n    name\n    nameEn\n  }\n}':
    types.GroupCardFragmentDoc,
  'fragment GroupInviteLinkFields on GroupInviteLink {\n  id\n  createdAt\n  createdByName\n  useCount\n  lastUsedAt\n}':
    types.GroupInviteLinkFieldsFragmentDoc,
  'fragment GroupMembershipFields on GroupMembership {\n  id\n  role\n  status\n  message\n  answers\n  createdAt\n  member {\n    id\n    displayName\n    kind\n  }\n}':
    types.GroupMembershipFieldsFragmentDoc,
  'fragment PostFields on Post {\n  id\n  body\n  bodyHtml\n  hiddenByModeration\n  pinned\n  announcement\n  createdAt\n  editedAt\n  authorId\n  author {\n    id\n    displayName\n  }\n  reactions {\n    reaction\n    count\n    mine\n  }\n}':
    types.PostFieldsFragmentDoc,
  'mutation AcceptGroupInvitation($token: String!) {\n  acceptGroupInvitation(token: $token) {\n    id\n    slug\n    name\n  }\n}':
    types.AcceptGroupInvitationDocument,
  'mutation ApproveMembership($membershipId: ID!) {\n  approveMembership(membershipId: $membershipId) {\n    id\n    status\n  }\n}':
    types.ApproveMembershipDocument,
  'mutation BanMember($groupId: ID!, $accountId: ID!) {\n  banMember(groupId: $groupId, accountId: $accountId) {\n    id\n    status\n  }\n}':
    types.BanMemberDocument,
  'mutation CreateCalendarFeed($groupId: ID!) {\n  createCalendarFeed(groupId: $groupId)\n}': types.CreateCalendarFeedDocument,
  'mutation CreateEvent($groupId: ID!, $input: CreateEventInput!) {\n  createEvent(groupId: $groupId, input: $input) {\n    id\n  }\n}':
    types.CreateEventDocument,
  'mutation CreateGroupInviteLink($groupId: ID!) {\n  createGroupInviteLink(groupId: $groupId) {\n    url\n    link {\n      ...GroupInviteLinkFields\n    }\n  }\n}':
    types.CreateGroupInviteLinkDocument,
  'mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    id\n    slug\n  }\n}': types.CreateGroupDocument,
  'mutation CreatePost($groupId: ID!, $body: String!, $announcement: Boolean) {\n  createPost(groupId: $groupId, body: $body, announcement: $announcement) {\n    id\n  }\n}':
    types.CreatePostDocument,
  'mutation DeclineMembership($membershipId: ID!) {\n  declineMembership(membershipId: $membershipId)\n}': types.DeclineMembershipDocument,
  'mutation DeleteEvent($eventId: ID!) {\n  deleteEvent(eventId: $eventId)\n}': types.DeleteEventDocument,
  'mutation DeletePost($postId: ID!) {\n  deletePost(postId: $postId)\n}': types.DeletePostDocument,
  'mutation EditPost($postId: ID!, $body: String!) {\n  editPost(postId: $postId, body: $body) {\n    ...PostFields\n  }\n}':
    types.EditPostDocument,
  'mutation InviteToGroup($groupId: ID!, $emails: [String!]) {\n  inviteToGroup(groupId: $groupId, emails: $emails)\n}':
    types.InviteToGroupDocument,
  'mutation JoinGroup($groupId: ID!, $message: String, $answers: [String!]) {\n  joinGroup(groupId: $groupId, message: $message, answers: $answers) {\n    id\n    status\n  }\n}':
    types.JoinGroupDocument,
  'mutation LeaveGroup($groupId: ID!) {\n  leaveGroup(groupId: $groupId)\n}': types.LeaveGroupDocument,
  'mutation AppointCoordinator($membershipId: ID!) {\n  appointCoordinator(membershipId: $membershipId) {\n    id\n    role\n  }\n}':
    types.AppointCoordinatorDocument,
  'mutation ModerateContent($targetType: ReportTarget!, $targetId: ID!, $action: String!) {\n  moderateContent(targetType: $targetType, targetId: $targetId, action: $action)\n}':
    types.ModerateContentDocument,
  'mutation PinPost($postId: ID!, $pinned: Boolean!) {\n  pinPost(postId: $postId, pinned: $pinned) {\n    id\n    pinned\n  }\n}':
    types.PinPostDocument,
  'mutation ReactToPost($postId: ID!, $reaction: Reaction!, $on: Boolean!) {\n  reactToPost(postId: $postId, reaction: $reaction, on: $on) {\n    id\n    reactions {\n      reaction\n      count\n      mine\n    }\n  }\n}':
    types.ReactToPostDocument,
  'mutation RemoveMember($membershipId: ID!) {\n  removeMember(membershipId: $membershipId)\n}': types.RemoveMemberDocument,
  'mutation ReplyToPost($postId: ID!, $body: String!) {\n  replyToPost(postId: $postId, body: $body) {\n    id\n  }\n}':
    types.ReplyToPostDocument,
  'mutation ReportContent($targetType: ReportTarget!, $targetId: ID!, $reason: String!) {\n  reportContent(targetType: $targetType, targetId: $targetId, reason: $reason)\n}':
    types.ReportContentDocument,
  'mutation RevokeCalendarFeed($groupId: ID!) {\n  revokeCalendarFeed(groupId: $groupId)\n}': types.RevokeCalendarFeedDocument,
  'mutation RevokeCoordinator($membershipId: ID!) {\n  revokeCoordinator(membershipId: $membershipId) {\n    id\n    role\n  }\n}':
    types.RevokeCoordinatorDocument,
  'mutation RevokeGroupInviteLink($linkId: ID!) {\n  revokeGroupInviteLink(linkId: $linkId)\n}': types.RevokeGroupInviteLinkDocument,
  'mutation RsvpEvent($eventId: ID!, $answer: RsvpAnswer!) {\n  rsvpEvent(eventId: $eventId, answer: $answer) {\n    ...EventFields\n  }\n}':
    types.RsvpEventDocument,
  'mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n  updateGroup(groupId: $groupId, input: $input) {\n    ...GroupCard\n    charter\n    charterHtml\n    joinQuestions\n  }\n}':
    types.UpdateGroupDocument,
  'query GroupAuditLog($groupId: ID!) {\n  groupAuditLog(groupId: $groupId) {\n    id\n    action\n    actorName\n    targetName\n    detail\n    createdAt\n  }\n}':
    types.GroupAuditLogDocument,
  'query GroupDashboard($groupId: ID!) {\n  groupDashboard(groupId: $groupId) {\n    generatedAt\n    timeZone\n    total {\n      ...DashboardFiguresFields\n    }\n    own {\n      ...DashboardFiguresFields\n    }\n    children {\n      ...DashboardFiguresFields\n    }\n    activity {\n      weekStart\n      posts\n      replies\n    }\n    recentEvents {\n      eventId\n      title\n      groupName\n      startsAt\n      timeZone\n      capacity\n      going\n      maybe\n      notGoing\n      waitlisted\n    }\n  }\n}\n\nfragment DashboardFiguresFields on DashboardFigures {\n  groupId\n  groupName\n  groupSlug\n  kind\n  groupCount\n  members\n  newMembers\n  pendingRequests\n  postsAndReplies\n}':
    types.GroupDashboardDocument,
  'query GroupEvent($eventId: ID!) {\n  groupEvent(eventId: $eventId) {\n    ...EventFields\n    groupId\n    groupName\n    groupSlug\n  }\n}':
    types.GroupEventDocument,
  'query GroupEvents($groupId: ID!, $period: EventPeriod!, $first: Int!) {\n  groupEvents(groupId: $groupId, period: $period, first: $first) {\n    edges {\n      node {\n        ...EventFields\n      }\n    }\n  }\n}':
    types.GroupEventsDocument,
  'query GroupFeed($groupId: ID!, $first: Int!, $after: String) {\n  groupFeed(groupId: $groupId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PostFields\n        replies {\n          ...PostFields\n        }\n      }\n    }\n  }\n}':
    types.GroupFeedDocument,
  'query GroupInviteLinks($slug: String!) {\n  group(slug: $slug) {\n    id\n    inviteLinks {\n      ...GroupInviteLinkFields\n    }\n  }\n}':
    types.GroupInviteLinksDocument,
  'query Group($slug: String!) {\n  group(slug: $slug) {\n    ...GroupCard\n    charter\n    charterHtml\n    joinQuestions\n    parent {\n      id\n      name\n      slug\n    }\n    children {\n      id\n      name\n      slug\n      kind\n    }\n    coordinators {\n      id\n      displayName\n    }\n    members {\n      ...GroupMembershipFields\n    }\n    viewerMembership {\n      id\n      role\n      status\n    }\n    pendingRequests {\n      ...GroupMembershipFields\n    }\n    canReadDashboard\n  }\n}':
    types.GroupDocument,
  'query Groups($first: Int!, $after: String, $filter: GroupFilter, $sort: GroupSort!) {\n  groups(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...GroupCard\n      }\n    }\n  }\n}':
    types.GroupsDocument,
  'query MyEvents($period: EventPeriod!, $first: Int!) {\n  myEvents(period: $period, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...EventFields\n        groupName\n        groupSlug\n      }\n    }\n  }\n}':
    types.MyEventsDocument,
  'query PostRevisions($postId: ID!) {\n  postRevisions(postId: $postId) {\n    body\n    createdAt\n  }\n}': types.PostRevisionsDocument,
  'query PreviewMarkdown($body: String!) {\n  previewMarkdown(body: $body)\n}': types.PreviewMarkdownDocument,
  'query ReportQueue($groupId: ID) {\n  reportQueue(groupId: $groupId) {\n    targetType\n    targetId\n    excerpt\n    slug\n    hidden\n    reportCount\n    reasons\n    firstReportedAt\n  }\n}':
    types.ReportQueueDocument,
  'mutation SetPlatformRole($accountId: ID!, $role: PlatformRole!) {\n  setPlatformRole(accountId: $accountId, role: $role) {\n    id\n    role\n  }\n}':
    types.SetPlatformRoleDocument,
  'query Members($first: Int!, $after: String, $filter: MemberFilter, $sort: MemberSort!) {\n  members(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        kind\n        bio\n        skills\n        themes\n        email\n        role\n        region {\n          code\n          name\n          nameEn\n        }\n        department {\n          code\n          name\n        }\n      }\n    }\n  }\n}':
    types.MembersDocument,
  'fragment OrganisationCard on Organisation {\n  id\n  name\n  slug\n  kind\n  isSocialEconomy\n  themes\n  memberCount\n  claimable\n  region {\n    code\n    name\n    nameEn\n  }\n  department {\n    code\n    name\n  }\n}':
    types.OrganisationCardFragmentDoc,
  'fragment OrganisationDetails on Organisation {\n  ...OrganisationCard\n  legalForm\n  siret\n  esusApproved\n  website\n  description\n  headcount\n  regionCode\n  departmentCode\n  createdAt\n  owners {\n    id\n    displayName\n  }\n  members {\n    id\n    role\n    member {\n      id\n      displayName\n      kind\n    }\n  }\n  viewerMembership {\n    id\n    role\n    status\n  }\n  joinRequests {\n    id\n    message\n    createdAt\n    member {\n      id\n      displayName\n      kind\n    }\n  }\n}':
    types.OrganisationDetailsFragmentDoc,
  'mutation ClaimOrganisation($organisationId: ID!, $justification: String!) {\n  claimOrganisation(\n    organisationId: $organisationId\n    justification: $justification\n  ) {\n    id\n    status\n  }\n}':
    types.ClaimOrganisationDocument,
  'mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationDetails\n  }\n}':
    types.CreateOrganisationDocument,
  'mutation DecideOrganisationClaim($claimId: ID!, $approve: Boolean!) {\n  decideOrganisationClaim(claimId: $claimId, approve: $approve) {\n    id\n    status\n  }\n}':
    types.DecideOrganisationClaimDocument,
  'mutation DecideOrganisationMembership($membershipId: ID!, $accept: Boolean!) {\n  decideOrganisationMembership(membershipId: $membershipId, accept: $accept) {\n    id\n    status\n  }\n}':
    types.DecideOrganisationMembershipDocument,
  'mutation LeaveOrganisation($organisationId: ID!) {\n  leaveOrganisation(organisationId: $organisationId)\n}':
    types.LeaveOrganisationDocument,
  'mutation RequestToJoinOrganisation($organisationId: ID!, $message: String) {\n  requestToJoinOrganisation(organisationId: $organisationId, message: $message) {\n    id\n    status\n    role\n  }\n}':
    types.RequestToJoinOrganisationDocument,
  'mutation UpdateOrganisation($organisationId: ID!, $input: UpdateOrganisationInput!) {\n  updateOrganisation(organisationId: $organisationId, input: $input) {\n    ...OrganisationDetails\n  }\n}':
    types.UpdateOrganisationDocument,
  'query OrganisationNearDuplicates($name: String!, $regionCode: String!, $departmentCode: String) {\n  organisationNearDuplicates(\n    name: $name\n    regionCode: $regionCode\n    departmentCode: $departmentCode\n  ) {\n    similarity\n    organisation {\n      id\n      name\n      slug\n      department {\n        code\n        name\n      }\n    }\n  }\n}':
    types.OrganisationNearDuplicatesDocument,
  'query OrganisationClaims($status: ClaimStatus!) {\n  organisationClaims(status: $status) {\n    id\n    justification\n    status\n    createdAt\n    organisation {\n      id\n      name\n      slug\n    }\n    claimant {\n      id\n      displayName\n      email\n    }\n  }\n}':
    types.OrganisationClaimsDocument,
  'query Organisation($slug: String!) {\n  organisation(slug: $slug) {\n    ...OrganisationDetails\n  }\n}': types.OrganisationDocument,
  'query Organisations($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort!) {\n  organisations(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganisationCard\n      }\n    }\n  }\n}':
    types.OrganisationsDocument,
  'fragment PracticeCard on Practice {\n  id\n  slug\n  title\n  summary\n  status\n  themes\n  usefulCount\n  replicationCount\n  publishedAt\n  updatedAt\n  region {\n    code\n    name\n    nameEn\n  }\n  organisation {\n    id\n    name\n    slug\n  }\n}':
    types.PracticeCardFragmentDoc,
  'fragment PracticeFields on Practice {\n  ...PracticeCard\n  version\n  hiddenByModeration\n  viewerCanModerate\n  licence\n  inspiringCount\n  commentCount\n  createdAt\n  department {\n    code\n    name\n  }\n  sections {\n    kind\n    heading\n    ownHeading\n    body\n    bodyHtml\n  }\n  group {\n    id\n    name\n    slug\n  }\n  authors {\n    id\n    displayName\n  }\n  viewerCanEdit\n  viewerReactions\n  related {\n    ...PracticeCard\n  }\n  cover {\n    id\n    name\n    url\n  }\n  attachments {\n    id\n    name\n    url\n    mimeType\n    sizeBytes\n  }\n  replicationMap {\n    region {\n      code\n    }\n    count\n  }\n  revisions {\n    version\n    title\n    replacedByName\n    replacedAt\n  }\n}':
    types.PracticeFieldsFragmentDoc,
  'mutation ReactToPractice($practiceId: ID!, $reaction: PracticeReaction!, $on: Boolean!) {\n  reactToPractice(practiceId: $practiceId, reaction: $reaction, on: $on) {\n    id\n    usefulCount\n    inspiringCount\n    viewerReactions\n  }\n}\n\nmutation CommentOnPractice($practiceId: ID!, $body: String!) {\n  commentOnPractice(practiceId: $practiceId, body: $body) {\n    id\n  }\n}\n\nmutation ReplyToPracticeComment($commentId: ID!, $body: String!) {\n  replyToPracticeComment(commentId: $commentId, body: $body) {\n    id\n  }\n}\n\nmutation EditPracticeComment($commentId: ID!, $body: String!) {\n  editPracticeComment(commentId: $commentId, body: $body) {\n    id\n    body\n    bodyHtml\n    editedAt\n  }\n}\n\nmutation DeletePracticeComment($commentId: ID!) {\n  deletePracticeComment(commentId: $commentId)\n}':
    types.ReactToPracticeDocument,
  'mutation CreatePractice($input: CreatePracticeInput!) {\n  createPractice(input: $input) {\n    ...PracticeFields\n  }\n}\n\nmutation UpdatePractice($practiceId: ID!, $version: Int!, $input: UpdatePracticeInput!) {\n  updatePractice(practiceId: $practiceId, version: $version, input: $input) {\n    ...PracticeFields\n  }\n}\n\nmutation PublishPractice($practiceId: ID!) {\n  publishPractice(practiceId: $practiceId) {\n    ...PracticeFields\n  }\n}\n\nmutation ArchivePractice($practiceId: ID!) {\n  archivePractice(practiceId: $practiceId) {\n    ...PracticeFields\n  }\n}\n\nmutation AddPracticeAuthor($practiceId: ID!, $memberId: ID!) {\n  addPracticeAuthor(practiceId: $practiceId, memberId: $memberId) {\n    id\n    authors {\n      id\n      displayName\n    }\n  }\n}\n\nmutation ImportCahier($text: String!) {\n  importCahier(text: $text) {\n    unplaced\n    practice {\n      id\n      slug\n      title\n    }\n  }\n}\n\nmutation RemovePracticeFile($fileId: ID!) {\n  removePracticeFile(fileId: $fileId)\n}':
    types.CreatePracticeDocument,
  'mutation DeclareReplication($input: DeclareReplicationInput!) {\n  declareReplication(input: $input) {\n    id\n    status\n  }\n}\n\nmutation WithdrawReplication($replicationId: ID!) {\n  withdrawReplication(replicationId: $replicationId)\n}':
    types.DeclareReplicationDocument,
  'query MyOrganisations {\n  myOrganisationMemberships {\n    id\n    status\n    organisation {\n      id\n      name\n    }\n  }\n}':
    types.MyOrganisationsDocument,
  'query MyPractices {\n  myPractices {\n    ...PracticeCard\n  }\n}': types.MyPracticesDocument,
  'query PracticeComments($practiceId: ID!, $first: Int!, $after: String) {\n  practiceComments(practiceId: $practiceId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PracticeCommentFields\n        replies {\n          ...PracticeCommentFields\n        }\n      }\n    }\n  }\n}\n\nfragment PracticeCommentFields on PracticeComment {\n  id\n  parentId\n  body\n  bodyHtml\n  hiddenByModeration\n  createdAt\n  editedAt\n  viewerIsAuthor\n  author {\n    id\n    displayName\n  }\n}':
    types.PracticeCommentsDocument,
  'query PracticeVersion($practiceId: ID!, $version: Int!) {\n  practiceVersion(practiceId: $practiceId, version: $version) {\n    version\n    title\n    summary\n    editedByName\n    savedAt\n    sections {\n      kind\n      heading\n      bodyHtml\n    }\n  }\n}':
    types.PracticeVersionDocument,
  'query Practice($slug: String!) {\n  practice(slug: $slug) {\n    ...PracticeFields\n  }\n}': types.PracticeDocument,
  'query Practices($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort!) {\n  practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PracticeCard\n        snippet\n      }\n    }\n  }\n}':
    types.PracticesDocument,
  'query Replications($practiceId: ID!) {\n  replications(practiceId: $practiceId) {\n    id\n    status\n    notes\n    contactConsent\n    createdAt\n    viewerCanEdit\n    region {\n      code\n      name\n      nameEn\n    }\n    department {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n      slug\n    }\n    declaredBy {\n      id\n      displayName\n    }\n  }\n}\n\nquery MyReplications {\n  myReplications {\n    id\n    status\n    region {\n      code\n      name\n      nameEn\n    }\n    department {\n      code\n      name\n    }\n    practice {\n      id\n      slug\n      title\n    }\n  }\n}':
    types.ReplicationsDocument,
  'query HomeFigures {\n  regions {\n    code\n    name\n    nameEn\n    overseas\n    tile {\n      col\n      row\n    }\n  }\n}':
    types.HomeFiguresDocument,
  'query MovementFigures {\n  movementFigures {\n    members\n    organisations\n    socialEconomyOrganisations\n    regions {\n      regionCode\n      members\n      organisations\n    }\n  }\n}':
    types.MovementFiguresDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = gql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function gql(source: string): unknown;

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment MyAccount on Account {\n  id\n  email\n  emailVerified\n  displayName\n  kind\n  role\n  regionCode\n  departmentCode\n  bio\n  skills\n  themes\n  publicFields\n  locale\n}',
): (typeof documents)['fragment MyAccount on Account {\n  id\n  email\n  emailVerified\n  displayName\n  kind\n  role\n  regionCode\n  departmentCode\n  bio\n  skills\n  themes\n  publicFields\n  locale\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  account {\n    id\n    displayName\n    role\n    emailVerified\n  }\n}',
): (typeof documents)['fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  account {\n    id\n    displayName\n    role\n    emailVerified\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}',
): (typeof documents)['mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}',
): (typeof documents)['mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ResendVerificationEmail {\n  resendVerificationEmail\n}',
): (typeof documents)['mutation ResendVerificationEmail {\n  resendVerificationEmail\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}',
): (typeof documents)['mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}',
): (typeof documents)['mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    emailSent\n  }\n}',
): (typeof documents)['mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    emailSent\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MyAccount\n  }\n}',
): (typeof documents)['mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MyAccount\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    ...SessionFields\n  }\n}',
): (typeof documents)['mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    ...SessionFields\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Me {\n  me {\n    ...MyAccount\n  }\n}',
): (typeof documents)['query Me {\n  me {\n    ...MyAccount\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Departments($regionCode: String!) {\n  departments(regionCode: $regionCode) {\n    code\n    name\n    regionCode\n  }\n}',
): (typeof documents)['query Departments($regionCode: String!) {\n  departments(regionCode: $regionCode) {\n    code\n    name\n    regionCode\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Regions {\n  regions {\n    code\n    name\n    nameEn\n    overseas\n    tile {\n      col\n      row\n    }\n  }\n}',
): (typeof documents)['query Regions {\n  regions {\n    code\n    name\n    nameEn\n    overseas\n    tile {\n      col\n      row\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment EventFields on GroupEvent {\n  id\n  title\n  descriptionHtml\n  startsAt\n  endsAt\n  hasEnded\n  timeZone\n  place\n  onlineUrl\n  capacity\n  goingCount\n  waitlistCount\n  icsUrl\n  viewerCanDelete\n  viewerRsvp {\n    answer\n    waitlisted\n    position\n  }\n}',
): (typeof documents)['fragment EventFields on GroupEvent {\n  id\n  title\n  descriptionHtml\n  startsAt\n  endsAt\n  hasEnded\n  timeZone\n  place\n  onlineUrl\n  capacity\n  goingCount\n  waitlistCount\n  icsUrl\n  viewerCanDelete\n  viewerRsvp {\n    answer\n    waitlisted\n    position\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment GroupCard on Group {\n  id\n  name\n  slug\n  kind\n  themes\n  visibility\n  joinPolicy\n  description\n  memberCount\n  region {\n    code\n    name\n    nameEn\n  }\n}',
): (typeof documents)['fragment GroupCard on Group {\n  id\n  name\n  slug\n  kind\n  themes\n  visibility\n  joinPolicy\n  description\n  memberCount\n  region {\n    code\n    name\n    nameEn\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment GroupInviteLinkFields on GroupInviteLink {\n  id\n  createdAt\n  createdByName\n  useCount\n  lastUsedAt\n}',
): (typeof documents)['fragment GroupInviteLinkFields on GroupInviteLink {\n  id\n  createdAt\n  createdByName\n  useCount\n  lastUsedAt\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment GroupMembershipFields on GroupMembership {\n  id\n  role\n  status\n  message\n  answers\n  createdAt\n  member {\n    id\n    displayName\n    kind\n  }\n}',
): (typeof documents)['fragment GroupMembershipFields on GroupMembership {\n  id\n  role\n  status\n  message\n  answers\n  createdAt\n  member {\n    id\n    displayName\n    kind\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment PostFields on Post {\n  id\n  body\n  bodyHtml\n  hiddenByModeration\n  pinned\n  announcement\n  createdAt\n  editedAt\n  authorId\n  author {\n    id\n    displayName\n  }\n  reactions {\n    reaction\n    count\n    mine\n  }\n}',
): (typeof documents)['fragment PostFields on Post {\n  id\n  body\n  bodyHtml\n  hiddenByModeration\n  pinned\n  announcement\n  createdAt\n  editedAt\n  authorId\n  author {\n    id\n    displayName\n  }\n  reactions {\n    reaction\n    count\n    mine\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation AcceptGroupInvitation($token: String!) {\n  acceptGroupInvitation(token: $token) {\n    id\n    slug\n    name\n  }\n}',
): (typeof documents)['mutation AcceptGroupInvitation($token: String!) {\n  acceptGroupInvitation(token: $token) {\n    id\n    slug\n    name\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ApproveMembership($membershipId: ID!) {\n  approveMembership(membershipId: $membershipId) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation ApproveMembership($membershipId: ID!) {\n  approveMembership(membershipId: $membershipId) {\n    id\n    status\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation BanMember($groupId: ID!, $accountId: ID!) {\n  banMember(groupId: $groupId, accountId: $accountId) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation BanMember($groupId: ID!, $accountId: ID!) {\n  banMember(groupId: $groupId, accountId: $accountId) {\n    id\n    status\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation CreateCalendarFeed($groupId: ID!) {\n  createCalendarFeed(groupId: $groupId)\n}',
): (typeof documents)['mutation CreateCalendarFeed($groupId: ID!) {\n  createCalendarFeed(groupId: $groupId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation CreateEvent($groupId: ID!, $input: CreateEventInput!) {\n  createEvent(groupId: $groupId, input: $input) {\n    id\n  }\n}',
): (typeof documents)['mutation CreateEvent($groupId: ID!, $input: CreateEventInput!) {\n  createEvent(groupId: $groupId, input: $input) {\n    id\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation CreateGroupInviteLink($groupId: ID!) {\n  createGroupInviteLink(groupId: $groupId) {\n    url\n    link {\n      ...GroupInviteLinkFields\n    }\n  }\n}',
): (typeof documents)['mutation CreateGroupInviteLink($groupId: ID!) {\n  createGroupInviteLink(groupId: $groupId) {\n    url\n    link {\n      ...GroupInviteLinkFields\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    id\n    slug\n  }\n}',
): (typeof documents)['mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    id\n    slug\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation CreatePost($groupId: ID!, $body: String!, $announcement: Boolean) {\n  createPost(groupId: $groupId, body: $body, announcement: $announcement) {\n    id\n  }\n}',
): (typeof documents)['mutation CreatePost($groupId: ID!, $body: String!, $announcement: Boolean) {\n  createPost(groupId: $groupId, body: $body, announcement: $announcement) {\n    id\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation DeclineMembership($membershipId: ID!) {\n  declineMembership(membershipId: $membershipId)\n}',
): (typeof documents)['mutation DeclineMembership($membershipId: ID!) {\n  declineMembership(membershipId: $membershipId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation DeleteEvent($eventId: ID!) {\n  deleteEvent(eventId: $eventId)\n}',
): (typeof documents)['mutation DeleteEvent($eventId: ID!) {\n  deleteEvent(eventId: $eventId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation DeletePost($postId: ID!) {\n  deletePost(postId: $postId)\n}',
): (typeof documents)['mutation DeletePost($postId: ID!) {\n  deletePost(postId: $postId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation EditPost($postId: ID!, $body: String!) {\n  editPost(postId: $postId, body: $body) {\n    ...PostFields\n  }\n}',
): (typeof documents)['mutation EditPost($postId: ID!, $body: String!) {\n  editPost(postId: $postId, body: $body) {\n    ...PostFields\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation InviteToGroup($groupId: ID!, $emails: [String!]) {\n  inviteToGroup(groupId: $groupId, emails: $emails)\n}',
): (typeof documents)['mutation InviteToGroup($groupId: ID!, $emails: [String!]) {\n  inviteToGroup(groupId: $groupId, emails: $emails)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation JoinGroup($groupId: ID!, $message: String, $answers: [String!]) {\n  joinGroup(groupId: $groupId, message: $message, answers: $answers) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation JoinGroup($groupId: ID!, $message: String, $answers: [String!]) {\n  joinGroup(groupId: $groupId, message: $message, answers: $answers) {\n    id\n    status\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation LeaveGroup($groupId: ID!) {\n  leaveGroup(groupId: $groupId)\n}',
): (typeof documents)['mutation LeaveGroup($groupId: ID!) {\n  leaveGroup(groupId: $groupId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation AppointCoordinator($membershipId: ID!) {\n  appointCoordinator(membershipId: $membershipId) {\n    id\n    role\n  }\n}',
): (typeof documents)['mutation AppointCoordinator($membershipId: ID!) {\n  appointCoordinator(membershipId: $membershipId) {\n    id\n    role\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ModerateContent($targetType: ReportTarget!, $targetId: ID!, $action: String!) {\n  moderateContent(targetType: $targetType, targetId: $targetId, action: $action)\n}',
): (typeof documents)['mutation ModerateContent($targetType: ReportTarget!, $targetId: ID!, $action: String!) {\n  moderateContent(targetType: $targetType, targetId: $targetId, action: $action)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation PinPost($postId: ID!, $pinned: Boolean!) {\n  pinPost(postId: $postId, pinned: $pinned) {\n    id\n    pinned\n  }\n}',
): (typeof documents)['mutation PinPost($postId: ID!, $pinned: Boolean!) {\n  pinPost(postId: $postId, pinned: $pinned) {\n    id\n    pinned\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ReactToPost($postId: ID!, $reaction: Reaction!, $on: Boolean!) {\n  reactToPost(postId: $postId, reaction: $reaction, on: $on) {\n    id\n    reactions {\n      reaction\n      count\n      mine\n    }\n  }\n}',
): (typeof documents)['mutation ReactToPost($postId: ID!, $reaction: Reaction!, $on: Boolean!) {\n  reactToPost(postId: $postId, reaction: $reaction, on: $on) {\n    id\n    reactions {\n      reaction\n      count\n      mine\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation RemoveMember($membershipId: ID!) {\n  removeMember(membershipId: $membershipId)\n}',
): (typeof documents)['mutation RemoveMember($membershipId: ID!) {\n  removeMember(membershipId: $membershipId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ReplyToPost($postId: ID!, $body: String!) {\n  replyToPost(postId: $postId, body: $body) {\n    id\n  }\n}',
): (typeof documents)['mutation ReplyToPost($postId: ID!, $body: String!) {\n  replyToPost(postId: $postId, body: $body) {\n    id\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ReportContent($targetType: ReportTarget!, $targetId: ID!, $reason: String!) {\n  reportContent(targetType: $targetType, targetId: $targetId, reason: $reason)\n}',
): (typeof documents)['mutation ReportContent($targetType: ReportTarget!, $targetId: ID!, $reason: String!) {\n  reportContent(targetType: $targetType, targetId: $targetId, reason: $reason)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation RevokeCalendarFeed($groupId: ID!) {\n  revokeCalendarFeed(groupId: $groupId)\n}',
): (typeof documents)['mutation RevokeCalendarFeed($groupId: ID!) {\n  revokeCalendarFeed(groupId: $groupId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation RevokeCoordinator($membershipId: ID!) {\n  revokeCoordinator(membershipId: $membershipId) {\n    id\n    role\n  }\n}',
): (typeof documents)['mutation RevokeCoordinator($membershipId: ID!) {\n  revokeCoordinator(membershipId: $membershipId) {\n    id\n    role\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation RevokeGroupInviteLink($linkId: ID!) {\n  revokeGroupInviteLink(linkId: $linkId)\n}',
): (typeof documents)['mutation RevokeGroupInviteLink($linkId: ID!) {\n  revokeGroupInviteLink(linkId: $linkId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation RsvpEvent($eventId: ID!, $answer: RsvpAnswer!) {\n  rsvpEvent(eventId: $eventId, answer: $answer) {\n    ...EventFields\n  }\n}',
): (typeof documents)['mutation RsvpEvent($eventId: ID!, $answer: RsvpAnswer!) {\n  rsvpEvent(eventId: $eventId, answer: $answer) {\n    ...EventFields\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n  updateGroup(groupId: $groupId, input: $input) {\n    ...GroupCard\n    charter\n    charterHtml\n    joinQuestions\n  }\n}',
): (typeof documents)['mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n  updateGroup(groupId: $groupId, input: $input) {\n    ...GroupCard\n    charter\n    charterHtml\n    joinQuestions\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query GroupAuditLog($groupId: ID!) {\n  groupAuditLog(groupId: $groupId) {\n    id\n    action\n    actorName\n    targetName\n    detail\n    createdAt\n  }\n}',
): (typeof documents)['query GroupAuditLog($groupId: ID!) {\n  groupAuditLog(groupId: $groupId) {\n    id\n    action\n    actorName\n    targetName\n    detail\n    createdAt\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query GroupDashboard($groupId: ID!) {\n  groupDashboard(groupId: $groupId) {\n    generatedAt\n    timeZone\n    total {\n      ...DashboardFiguresFields\n    }\n    own {\n      ...DashboardFiguresFields\n    }\n    children {\n      ...DashboardFiguresFields\n    }\n    activity {\n      weekStart\n      posts\n      replies\n    }\n    recentEvents {\n      eventId\n      title\n      groupName\n      startsAt\n      timeZone\n      capacity\n      going\n      maybe\n      notGoing\n      waitlisted\n    }\n  }\n}\n\nfragment DashboardFiguresFields on DashboardFigures {\n  groupId\n  groupName\n  groupSlug\n  kind\n  groupCount\n  members\n  newMembers\n  pendingRequests\n  postsAndReplies\n}',
): (typeof documents)['query GroupDashboard($groupId: ID!) {\n  groupDashboard(groupId: $groupId) {\n    generatedAt\n    timeZone\n    total {\n      ...DashboardFiguresFields\n    }\n    own {\n      ...DashboardFiguresFields\n    }\n    children {\n      ...DashboardFiguresFields\n    }\n    activity {\n      weekStart\n      posts\n      replies\n    }\n    recentEvents {\n      eventId\n      title\n      groupName\n      startsAt\n      timeZone\n      capacity\n      going\n      maybe\n      notGoing\n      waitlisted\n    }\n  }\n}\n\nfragment DashboardFiguresFields on DashboardFigures {\n  groupId\n  groupName\n  groupSlug\n  kind\n  groupCount\n  members\n  newMembers\n  pendingRequests\n  postsAndReplies\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query GroupEvent($eventId: ID!) {\n  groupEvent(eventId: $eventId) {\n    ...EventFields\n    groupId\n    groupName\n    groupSlug\n  }\n}',
): (typeof documents)['query GroupEvent($eventId: ID!) {\n  groupEvent(eventId: $eventId) {\n    ...EventFields\n    groupId\n    groupName\n    groupSlug\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query GroupEvents($groupId: ID!, $period: EventPeriod!, $first: Int!) {\n  groupEvents(groupId: $groupId, period: $period, first: $first) {\n    edges {\n      node {\n        ...EventFields\n      }\n    }\n  }\n}',
): (typeof documents)['query GroupEvents($groupId: ID!, $period: EventPeriod!, $first: Int!) {\n  groupEvents(groupId: $groupId, period: $period, first: $first) {\n    edges {\n      node {\n        ...EventFields\n      }\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query GroupFeed($groupId: ID!, $first: Int!, $after: String) {\n  groupFeed(groupId: $groupId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PostFields\n        replies {\n          ...PostFields\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query GroupFeed($groupId: ID!, $first: Int!, $after: String) {\n  groupFeed(groupId: $groupId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PostFields\n        replies {\n          ...PostFields\n        }\n      }\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query GroupInviteLinks($slug: String!) {\n  group(slug: $slug) {\n    id\n    inviteLinks {\n      ...GroupInviteLinkFields\n    }\n  }\n}',
): (typeof documents)['query GroupInviteLinks($slug: String!) {\n  group(slug: $slug) {\n    id\n    inviteLinks {\n      ...GroupInviteLinkFields\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Group($slug: String!) {\n  group(slug: $slug) {\n    ...GroupCard\n    charter\n    charterHtml\n    joinQuestions\n    parent {\n      id\n      name\n      slug\n    }\n    children {\n      id\n      name\n      slug\n      kind\n    }\n    coordinators {\n      id\n      displayName\n    }\n    members {\n      ...GroupMembershipFields\n    }\n    viewerMembership {\n      id\n      role\n      status\n    }\n    pendingRequests {\n      ...GroupMembershipFields\n    }\n    canReadDashboard\n  }\n}',
): (typeof documents)['query Group($slug: String!) {\n  group(slug: $slug) {\n    ...GroupCard\n    charter\n    charterHtml\n    joinQuestions\n    parent {\n      id\n      name\n      slug\n    }\n    children {\n      id\n      name\n      slug\n      kind\n    }\n    coordinators {\n      id\n      displayName\n    }\n    members {\n      ...GroupMembershipFields\n    }\n    viewerMembership {\n      id\n      role\n      status\n    }\n    pendingRequests {\n      ...GroupMembershipFields\n    }\n    canReadDashboard\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Groups($first: Int!, $after: String, $filter: GroupFilter, $sort: GroupSort!) {\n  groups(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...GroupCard\n      }\n    }\n  }\n}',
): (typeof documents)['query Groups($first: Int!, $after: String, $filter: GroupFilter, $sort: GroupSort!) {\n  groups(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...GroupCard\n      }\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query MyEvents($period: EventPeriod!, $first: Int!) {\n  myEvents(period: $period, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...EventFields\n        groupName\n        groupSlug\n      }\n    }\n  }\n}',
): (typeof documents)['query MyEvents($period: EventPeriod!, $first: Int!) {\n  myEvents(period: $period, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...EventFields\n        groupName\n        groupSlug\n      }\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query PostRevisions($postId: ID!) {\n  postRevisions(postId: $postId) {\n    body\n    createdAt\n  }\n}',
): (typeof documents)['query PostRevisions($postId: ID!) {\n  postRevisions(postId: $postId) {\n    body\n    createdAt\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query PreviewMarkdown($body: String!) {\n  previewMarkdown(body: $body)\n}',
): (typeof documents)['query PreviewMarkdown($body: String!) {\n  previewMarkdown(body: $body)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query ReportQueue($groupId: ID) {\n  reportQueue(groupId: $groupId) {\n    targetType\n    targetId\n    excerpt\n    slug\n    hidden\n    reportCount\n    reasons\n    firstReportedAt\n  }\n}',
): (typeof documents)['query ReportQueue($groupId: ID) {\n  reportQueue(groupId: $groupId) {\n    targetType\n    targetId\n    excerpt\n    slug\n    hidden\n    reportCount\n    reasons\n    firstReportedAt\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation SetPlatformRole($accountId: ID!, $role: PlatformRole!) {\n  setPlatformRole(accountId: $accountId, role: $role) {\n    id\n    role\n  }\n}',
): (typeof documents)['mutation SetPlatformRole($accountId: ID!, $role: PlatformRole!) {\n  setPlatformRole(accountId: $accountId, role: $role) {\n    id\n    role\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Members($first: Int!, $after: String, $filter: MemberFilter, $sort: MemberSort!) {\n  members(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        kind\n        bio\n        skills\n        themes\n        email\n        role\n        region {\n          code\n          name\n          nameEn\n        }\n        department {\n          code\n          name\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query Members($first: Int!, $after: String, $filter: MemberFilter, $sort: MemberSort!) {\n  members(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        kind\n        bio\n        skills\n        themes\n        email\n        role\n        region {\n          code\n          name\n          nameEn\n        }\n        department {\n          code\n          name\n        }\n      }\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment OrganisationCard on Organisation {\n  id\n  name\n  slug\n  kind\n  isSocialEconomy\n  themes\n  memberCount\n  claimable\n  region {\n    code\n    name\n    nameEn\n  }\n  department {\n    code\n    name\n  }\n}',
): (typeof documents)['fragment OrganisationCard on Organisation {\n  id\n  name\n  slug\n  kind\n  isSocialEconomy\n  themes\n  memberCount\n  claimable\n  region {\n    code\n    name\n    nameEn\n  }\n  department {\n    code\n    name\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment OrganisationDetails on Organisation {\n  ...OrganisationCard\n  legalForm\n  siret\n  esusApproved\n  website\n  description\n  headcount\n  regionCode\n  departmentCode\n  createdAt\n  owners {\n    id\n    displayName\n  }\n  members {\n    id\n    role\n    member {\n      id\n      displayName\n      kind\n    }\n  }\n  viewerMembership {\n    id\n    role\n    status\n  }\n  joinRequests {\n    id\n    message\n    createdAt\n    member {\n      id\n      displayName\n      kind\n    }\n  }\n}',
): (typeof documents)['fragment OrganisationDetails on Organisation {\n  ...OrganisationCard\n  legalForm\n  siret\n  esusApproved\n  website\n  description\n  headcount\n  regionCode\n  departmentCode\n  createdAt\n  owners {\n    id\n    displayName\n  }\n  members {\n    id\n    role\n    member {\n      id\n      displayName\n      kind\n    }\n  }\n  viewerMembership {\n    id\n    role\n    status\n  }\n  joinRequests {\n    id\n    message\n    createdAt\n    member {\n      id\n      displayName\n      kind\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ClaimOrganisation($organisationId: ID!, $justification: String!) {\n  claimOrganisation(\n    organisationId: $organisationId\n    justification: $justification\n  ) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation ClaimOrganisation($organisationId: ID!, $justification: String!) {\n  claimOrganisation(\n    organisationId: $organisationId\n    justification: $justification\n  ) {\n    id\n    status\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationDetails\n  }\n}',
): (typeof documents)['mutation CreateOrganisation($input: CreateOrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationDetails\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation DecideOrganisationClaim($claimId: ID!, $approve: Boolean!) {\n  decideOrganisationClaim(claimId: $claimId, approve: $approve) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation DecideOrganisationClaim($claimId: ID!, $approve: Boolean!) {\n  decideOrganisationClaim(claimId: $claimId, approve: $approve) {\n    id\n    status\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation DecideOrganisationMembership($membershipId: ID!, $accept: Boolean!) {\n  decideOrganisationMembership(membershipId: $membershipId, accept: $accept) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation DecideOrganisationMembership($membershipId: ID!, $accept: Boolean!) {\n  decideOrganisationMembership(membershipId: $membershipId, accept: $accept) {\n    id\n    status\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation LeaveOrganisation($organisationId: ID!) {\n  leaveOrganisation(organisationId: $organisationId)\n}',
): (typeof documents)['mutation LeaveOrganisation($organisationId: ID!) {\n  leaveOrganisation(organisationId: $organisationId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation RequestToJoinOrganisation($organisationId: ID!, $message: String) {\n  requestToJoinOrganisation(organisationId: $organisationId, message: $message) {\n    id\n    status\n    role\n  }\n}',
): (typeof documents)['mutation RequestToJoinOrganisation($organisationId: ID!, $message: String) {\n  requestToJoinOrganisation(organisationId: $organisationId, message: $message) {\n    id\n    status\n    role\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation UpdateOrganisation($organisationId: ID!, $input: UpdateOrganisationInput!) {\n  updateOrganisation(organisationId: $organisationId, input: $input) {\n    ...OrganisationDetails\n  }\n}',
): (typeof documents)['mutation UpdateOrganisation($organisationId: ID!, $input: UpdateOrganisationInput!) {\n  updateOrganisation(organisationId: $organisationId, input: $input) {\n    ...OrganisationDetails\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query OrganisationNearDuplicates($name: String!, $regionCode: String!, $departmentCode: String) {\n  organisationNearDuplicates(\n    name: $name\n    regionCode: $regionCode\n    departmentCode: $departmentCode\n  ) {\n    similarity\n    organisation {\n      id\n      name\n      slug\n      department {\n        code\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['query OrganisationNearDuplicates($name: String!, $regionCode: String!, $departmentCode: String) {\n  organisationNearDuplicates(\n    name: $name\n    regionCode: $regionCode\n    departmentCode: $departmentCode\n  ) {\n    similarity\n    organisation {\n      id\n      name\n      slug\n      department {\n        code\n        name\n      }\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query OrganisationClaims($status: ClaimStatus!) {\n  organisationClaims(status: $status) {\n    id\n    justification\n    status\n    createdAt\n    organisation {\n      id\n      name\n      slug\n    }\n    claimant {\n      id\n      displayName\n      email\n    }\n  }\n}',
): (typeof documents)['query OrganisationClaims($status: ClaimStatus!) {\n  organisationClaims(status: $status) {\n    id\n    justification\n    status\n    createdAt\n    organisation {\n      id\n      name\n      slug\n    }\n    claimant {\n      id\n      displayName\n      email\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Organisation($slug: String!) {\n  organisation(slug: $slug) {\n    ...OrganisationDetails\n  }\n}',
): (typeof documents)['query Organisation($slug: String!) {\n  organisation(slug: $slug) {\n    ...OrganisationDetails\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Organisations($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort!) {\n  organisations(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganisationCard\n      }\n    }\n  }\n}',
): (typeof documents)['query Organisations($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort!) {\n  organisations(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganisationCard\n      }\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment PracticeCard on Practice {\n  id\n  slug\n  title\n  summary\n  status\n  themes\n  usefulCount\n  replicationCount\n  publishedAt\n  updatedAt\n  region {\n    code\n    name\n    nameEn\n  }\n  organisation {\n    id\n    name\n    slug\n  }\n}',
): (typeof documents)['fragment PracticeCard on Practice {\n  id\n  slug\n  title\n  summary\n  status\n  themes\n  usefulCount\n  replicationCount\n  publishedAt\n  updatedAt\n  region {\n    code\n    name\n    nameEn\n  }\n  organisation {\n    id\n    name\n    slug\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'fragment PracticeFields on Practice {\n  ...PracticeCard\n  version\n  hiddenByModeration\n  viewerCanModerate\n  licence\n  inspiringCount\n  commentCount\n  createdAt\n  department {\n    code\n    name\n  }\n  sections {\n    kind\n    heading\n    ownHeading\n    body\n    bodyHtml\n  }\n  group {\n    id\n    name\n    slug\n  }\n  authors {\n    id\n    displayName\n  }\n  viewerCanEdit\n  viewerReactions\n  related {\n    ...PracticeCard\n  }\n  cover {\n    id\n    name\n    url\n  }\n  attachments {\n    id\n    name\n    url\n    mimeType\n    sizeBytes\n  }\n  replicationMap {\n    region {\n      code\n    }\n    count\n  }\n  revisions {\n    version\n    title\n    replacedByName\n    replacedAt\n  }\n}',
): (typeof documents)['fragment PracticeFields on Practice {\n  ...PracticeCard\n  version\n  hiddenByModeration\n  viewerCanModerate\n  licence\n  inspiringCount\n  commentCount\n  createdAt\n  department {\n    code\n    name\n  }\n  sections {\n    kind\n    heading\n    ownHeading\n    body\n    bodyHtml\n  }\n  group {\n    id\n    name\n    slug\n  }\n  authors {\n    id\n    displayName\n  }\n  viewerCanEdit\n  viewerReactions\n  related {\n    ...PracticeCard\n  }\n  cover {\n    id\n    name\n    url\n  }\n  attachments {\n    id\n    name\n    url\n    mimeType\n    sizeBytes\n  }\n  replicationMap {\n    region {\n      code\n    }\n    count\n  }\n  revisions {\n    version\n    title\n    replacedByName\n    replacedAt\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation ReactToPractice($practiceId: ID!, $reaction: PracticeReaction!, $on: Boolean!) {\n  reactToPractice(practiceId: $practiceId, reaction: $reaction, on: $on) {\n    id\n    usefulCount\n    inspiringCount\n    viewerReactions\n  }\n}\n\nmutation CommentOnPractice($practiceId: ID!, $body: String!) {\n  commentOnPractice(practiceId: $practiceId, body: $body) {\n    id\n  }\n}\n\nmutation ReplyToPracticeComment($commentId: ID!, $body: String!) {\n  replyToPracticeComment(commentId: $commentId, body: $body) {\n    id\n  }\n}\n\nmutation EditPracticeComment($commentId: ID!, $body: String!) {\n  editPracticeComment(commentId: $commentId, body: $body) {\n    id\n    body\n    bodyHtml\n    editedAt\n  }\n}\n\nmutation DeletePracticeComment($commentId: ID!) {\n  deletePracticeComment(commentId: $commentId)\n}',
): (typeof documents)['mutation ReactToPractice($practiceId: ID!, $reaction: PracticeReaction!, $on: Boolean!) {\n  reactToPractice(practiceId: $practiceId, reaction: $reaction, on: $on) {\n    id\n    usefulCount\n    inspiringCount\n    viewerReactions\n  }\n}\n\nmutation CommentOnPractice($practiceId: ID!, $body: String!) {\n  commentOnPractice(practiceId: $practiceId, body: $body) {\n    id\n  }\n}\n\nmutation ReplyToPracticeComment($commentId: ID!, $body: String!) {\n  replyToPracticeComment(commentId: $commentId, body: $body) {\n    id\n  }\n}\n\nmutation EditPracticeComment($commentId: ID!, $body: String!) {\n  editPracticeComment(commentId: $commentId, body: $body) {\n    id\n    body\n    bodyHtml\n    editedAt\n  }\n}\n\nmutation DeletePracticeComment($commentId: ID!) {\n  deletePracticeComment(commentId: $commentId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation CreatePractice($input: CreatePracticeInput!) {\n  createPractice(input: $input) {\n    ...PracticeFields\n  }\n}\n\nmutation UpdatePractice($practiceId: ID!, $version: Int!, $input: UpdatePracticeInput!) {\n  updatePractice(practiceId: $practiceId, version: $version, input: $input) {\n    ...PracticeFields\n  }\n}\n\nmutation PublishPractice($practiceId: ID!) {\n  publishPractice(practiceId: $practiceId) {\n    ...PracticeFields\n  }\n}\n\nmutation ArchivePractice($practiceId: ID!) {\n  archivePractice(practiceId: $practiceId) {\n    ...PracticeFields\n  }\n}\n\nmutation AddPracticeAuthor($practiceId: ID!, $memberId: ID!) {\n  addPracticeAuthor(practiceId: $practiceId, memberId: $memberId) {\n    id\n    authors {\n      id\n      displayName\n    }\n  }\n}\n\nmutation ImportCahier($text: String!) {\n  importCahier(text: $text) {\n    unplaced\n    practice {\n      id\n      slug\n      title\n    }\n  }\n}\n\nmutation RemovePracticeFile($fileId: ID!) {\n  removePracticeFile(fileId: $fileId)\n}',
): (typeof documents)['mutation CreatePractice($input: CreatePracticeInput!) {\n  createPractice(input: $input) {\n    ...PracticeFields\n  }\n}\n\nmutation UpdatePractice($practiceId: ID!, $version: Int!, $input: UpdatePracticeInput!) {\n  updatePractice(practiceId: $practiceId, version: $version, input: $input) {\n    ...PracticeFields\n  }\n}\n\nmutation PublishPractice($practiceId: ID!) {\n  publishPractice(practiceId: $practiceId) {\n    ...PracticeFields\n  }\n}\n\nmutation ArchivePractice($practiceId: ID!) {\n  archivePractice(practiceId: $practiceId) {\n    ...PracticeFields\n  }\n}\n\nmutation AddPracticeAuthor($practiceId: ID!, $memberId: ID!) {\n  addPracticeAuthor(practiceId: $practiceId, memberId: $memberId) {\n    id\n    authors {\n      id\n      displayName\n    }\n  }\n}\n\nmutation ImportCahier($text: String!) {\n  importCahier(text: $text) {\n    unplaced\n    practice {\n      id\n      slug\n      title\n    }\n  }\n}\n\nmutation RemovePracticeFile($fileId: ID!) {\n  removePracticeFile(fileId: $fileId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'mutation DeclareReplication($input: DeclareReplicationInput!) {\n  declareReplication(input: $input) {\n    id\n    status\n  }\n}\n\nmutation WithdrawReplication($replicationId: ID!) {\n  withdrawReplication(replicationId: $replicationId)\n}',
): (typeof documents)['mutation DeclareReplication($input: DeclareReplicationInput!) {\n  declareReplication(input: $input) {\n    id\n    status\n  }\n}\n\nmutation WithdrawReplication($replicationId: ID!) {\n  withdrawReplication(replicationId: $replicationId)\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query MyOrganisations {\n  myOrganisationMemberships {\n    id\n    status\n    organisation {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['query MyOrganisations {\n  myOrganisationMemberships {\n    id\n    status\n    organisation {\n      id\n      name\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query MyPractices {\n  myPractices {\n    ...PracticeCard\n  }\n}',
): (typeof documents)['query MyPractices {\n  myPractices {\n    ...PracticeCard\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query PracticeComments($practiceId: ID!, $first: Int!, $after: String) {\n  practiceComments(practiceId: $practiceId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PracticeCommentFields\n        replies {\n          ...PracticeCommentFields\n        }\n      }\n    }\n  }\n}\n\nfragment PracticeCommentFields on PracticeComment {\n  id\n  parentId\n  body\n  bodyHtml\n  hiddenByModeration\n  createdAt\n  editedAt\n  viewerIsAuthor\n  author {\n    id\n    displayName\n  }\n}',
): (typeof documents)['query PracticeComments($practiceId: ID!, $first: Int!, $after: String) {\n  practiceComments(practiceId: $practiceId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PracticeCommentFields\n        replies {\n          ...PracticeCommentFields\n        }\n      }\n    }\n  }\n}\n\nfragment PracticeCommentFields on PracticeComment {\n  id\n  parentId\n  body\n  bodyHtml\n  hiddenByModeration\n  createdAt\n  editedAt\n  viewerIsAuthor\n  author {\n    id\n    displayName\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query PracticeVersion($practiceId: ID!, $version: Int!) {\n  practiceVersion(practiceId: $practiceId, version: $version) {\n    version\n    title\n    summary\n    editedByName\n    savedAt\n    sections {\n      kind\n      heading\n      bodyHtml\n    }\n  }\n}',
): (typeof documents)['query PracticeVersion($practiceId: ID!, $version: Int!) {\n  practiceVersion(practiceId: $practiceId, version: $version) {\n    version\n    title\n    summary\n    editedByName\n    savedAt\n    sections {\n      kind\n      heading\n      bodyHtml\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Practice($slug: String!) {\n  practice(slug: $slug) {\n    ...PracticeFields\n  }\n}',
): (typeof documents)['query Practice($slug: String!) {\n  practice(slug: $slug) {\n    ...PracticeFields\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Practices($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort!) {\n  practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PracticeCard\n        snippet\n      }\n    }\n  }\n}',
): (typeof documents)['query Practices($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort!) {\n  practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...PracticeCard\n        snippet\n      }\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query Replications($practiceId: ID!) {\n  replications(practiceId: $practiceId) {\n    id\n    status\n    notes\n    contactConsent\n    createdAt\n    viewerCanEdit\n    region {\n      code\n      name\n      nameEn\n    }\n    department {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n      slug\n    }\n    declaredBy {\n      id\n      displayName\n    }\n  }\n}\n\nquery MyReplications {\n  myReplications {\n    id\n    status\n    region {\n      code\n      name\n      nameEn\n    }\n    department {\n      code\n      name\n    }\n    practice {\n      id\n      slug\n      title\n    }\n  }\n}',
): (typeof documents)['query Replications($practiceId: ID!) {\n  replications(practiceId: $practiceId) {\n    id\n    status\n    notes\n    contactConsent\n    createdAt\n    viewerCanEdit\n    region {\n      code\n      name\n      nameEn\n    }\n    department {\n      code\n      name\n    }\n    organisation {\n      id\n      name\n      slug\n    }\n    declaredBy {\n      id\n      displayName\n    }\n  }\n}\n\nquery MyReplications {\n  myReplications {\n    id\n    status\n    region {\n      code\n      name\n      nameEn\n    }\n    department {\n      code\n      name\n    }\n    practice {\n      id\n      slug\n      title\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query HomeFigures {\n  regions {\n    code\n    name\n    nameEn\n    overseas\n    tile {\n      col\n      row\n    }\n  }\n}',
): (typeof documents)['query HomeFigures {\n  regions {\n    code\n    name\n    nameEn\n    overseas\n    tile {\n      col\n      row\n    }\n  }\n}'];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(
  source: 'query MovementFigures {\n  movementFigures {\n    members\n    organisations\n    socialEconomyOrganisations\n    regions {\n      regionCode\n      members\n      organisations\n    }\n  }\n}',
): (typeof documents)['query MovementFigures {\n  movementFigures {\n    members\n    organisations\n    socialEconomyOrganisations\n    regions {\n      regionCode\n      members\n      organisations\n    }\n  }\n}'];

export function gql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
