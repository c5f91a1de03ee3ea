import { CreateTerritories1764230400000 } from './1764230400000-create-territories';
import { CreateAccounts1764234000000 } from './1764234000000-create-accounts';
import { CreateOrganisations1764237600000 } from './1764237600000-create-organisations';
import { CreateGroups1764241200000 } from './1764241200000-create-groups';
import { CreateGroupPosts1764244800000 } from './1764244800000-create-group-posts';
import { CreateGroupEvents1764248400000 } from './1764248400000-create-group-events';
import { CreateModeration1764252000000 } from './1764252000000-create-moderation';
import { CreateCalendarFeeds1764255600000 } from './1764255600000-create-calendar-feeds';
import { GroupDashboardIndexes1764259200000 } from './1764259200000-group-dashboard-indexes';
import { CreatePractices1764262800000 } from './1764262800000-create-practices';
import { CreateReplications1764266400000 } from './1764266400000-create-replications';
import { CreatePracticeConversation1764270000000 } from './1764270000000-create-practice-conversation';
import { CreatePracticeFiles1764273600000 } from './1764273600000-create-practice-files';
import { PracticeCommentReports1764277200000 } from './1764277200000-practice-comment-reports';
import { PracticeReports1764280800000 } from './1764280800000-practice-reports';
import { CreateAccountActionWindow1764285000000 } from './1764285000000-create-account-action-window';
import { NormaliseLinks1764285060000 } from './1764285060000-normalise-links';
import { SessionChecks1764290000000 } from './1764290000000-session-checks';
import { OrganisationClaimRefusalsIndex1764295200000 } from './1764295200000-organisation-claim-refusals-index';
import { CreateGroupInviteLinks1764298800000 } from './1764298800000-create-group-invite-links';

/** Every migration, in order. Listed explicitly so the compiled app and the tests run the same set. */
export const MIGRATIONS = [
  CreateTerritories1764230400000,
  CreateAccounts1764234000000,
  CreateOrganisations1764237600000,
  CreateGroups1764241200000,
  CreateGroupPosts1764244800000,
  CreateGroupEvents1764248400000,
  CreateModeration1764252000000,
  CreateCalendarFeeds1764255600000,
  GroupDashboardIndexes1764259200000,
  CreatePractices1764262800000,
  CreateReplications1764266400000,
  CreatePracticeConversation1764270000000,
  CreatePracticeFiles1764273600000,
  PracticeCommentReports1764277200000,
  PracticeReports1764280800000,
  CreateAccountActionWindow1764285000000,
  NormaliseLinks1764285060000,
  SessionChecks1764290000000,
  OrganisationClaimRefusalsIndex1764295200000,
  CreateGroupInviteLinks1764298800000,
];
