import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Grid,
  Group as Row,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Typography,
} from '@mantine/core';
import {
  ApproveMembershipDocument,
  DeclineMembershipDocument,
  GroupDocument,
  JoinGroupDocument,
  LeaveGroupDocument,
  toApiProblem,
  useSession,
  type GroupQuery,
} from '@mouvement/web-data-access';
import {
  GROUP_KIND_LABELS,
  JOIN_POLICY_LABELS,
  MEMBER_KIND_LABELS,
  type GroupKind,
  type JoinPolicy,
  type MemberKind,
} from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CoordinatorPanel, MemberActions } from '../components/CoordinatorTools';
import { GroupEvents } from '../components/GroupEvents';
import { GroupFeed } from '../components/GroupFeed';
import { GroupNotFound } from '../components/GroupNotFound';
import { ReportQueue } from '../components/ReportQueue';

type GroupData = NonNullable<GroupQuery['group']>;

export function GroupPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading } = useQuery(GroupDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.group?.name ?? t('groups.title'));
  if (!data && loading) return <Loader role="status" m="xl" aria-label={t('app.loading')} />;
  if (!data?.group) return <GroupNotFound />;
  return <GroupView group={data.group} />;
}

function GroupView({ group }: { group: GroupData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const [manageNotice, setManageNotice] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <Container size="lg" py="xl">
      <Row gap="sm" mb="xs">
        <Badge variant="light">{GROUP_KIND_LABELS[group.kind as GroupKind][locale]}</Badge>
        <Badge variant="outline" color="gray" styles={{ root: { color: '#343a40' } }}>
          {JOIN_POLICY_LABELS[group.joinPolicy as JoinPolicy][locale]}
        </Badge>
      </Row>
      <Title order={1}>{group.name}</Title>
      {group.parent && (
        <Text size="sm" mt={4}>
          {t('groups.partOf')}{' '}
          <Anchor component={Link} to={`/groupes/${group.parent.slug}`}>
            {group.parent.name}
          </Anchor>
          {group.region ? ` · ${locale === 'en' ? group.region.nameEn : group.region.name}` : ''}
        </Text>
      )}
      {(group.canReadDashboard || group.pendingRequests) && (
        <Row gap="sm" mt="md" component="nav" aria-label={t('groups.coordinationTools')}>
          {group.canReadDashboard && (
            <Button component={Link} to={`/groupes/${group.slug}/tableau-de-bord`} variant="light" size="sm">
              {t('groups.dashboard.link')}
            </Button>
          )}
          {group.pendingRequests && (
            <Button component={Link} to={`/groupes/${group.slug}/parametres`} variant="default" size="sm">
              {t('groups.settings.link')}
            </Button>
          )}
        </Row>
      )}
      <Grid mt="lg" gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {group.description && (
              <section aria-labelledby="about">
                <Title order={2} size="h3" id="about" mb="xs">
                  {t('groups.about')}
                </Title>
                <Text style={{ whiteSpace: 'pre-line' }}>{group.description}</Text>
              </section>
            )}
            {group.charterHtml && (
              <section aria-labelledby="charter">
                <Title order={2} size="h3" id="charter" mb="xs">
                  {t('groups.charter')}
                </Title>
                {/* Rendered and sanitised by the API's one markdown renderer. */}
                <Typography>
                  <div dangerouslySetInnerHTML={{ __html: group.charterHtml }} />
                </Typography>
              </section>
            )}
            {group.children.length > 0 && (
              <section aria-labelledby="children">
                <Title order={2} size="h3" id="children" mb="xs">
                  {t('groups.children')}
                </Title>
                <List>
                  {group.children.map((c) => (
                    <List.Item key={c.id}>
                      <Anchor component={Link} to={`/groupes/${c.slug}`}>
                        {c.name}
                      </Anchor>{' '}
                      — {GROUP_KIND_LABELS[c.kind as GroupKind][locale]}
                    </List.Item>
                  ))}
                </List>
              </section>
            )}
            {group.pendingRequests && <Requests group={group} />}
            {group.pendingRequests && <ReportQueue groupId={group.id} />}
            <GroupEvents
              groupId={group.id}
              slug={group.slug}
              isPublic={group.visibility === 'PUBLIC'}
              canRead={group.visibility === 'PUBLIC' || group.members !== null}
              canAnswer={group.viewerMembership?.status === 'ACTIVE'}
              isCoordinator={group.pendingRequests !== null}
            />
            <GroupFeed
              groupId={group.id}
              canRead={group.visibility === 'PUBLIC' || group.members !== null}
              canWrite={group.viewerMembership?.status === 'ACTIVE' || session.account?.role === 'ADMIN'}
              isCoordinator={group.pendingRequests !== null}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <JoinBox group={group} />
            <Paper withBorder p="md" component="section" aria-labelledby="coordination">
              <Title order={2} size="h4" id="coordination" mb="xs">
                {t('groups.coordinators')}
              </Title>
              <List size="sm">
                {group.coordinators.map((c) => (
                  <List.Item key={c.id}>{c.displayName}</List.Item>
                ))}
              </List>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="people">
              <Title order={2} size="h4" id="people" mb="xs">
                {t('groups.people')} ({group.memberCount})
              </Title>
              {manageNotice && (
                <Alert color={manageNotice.ok ? 'green' : 'red'} role={manageNotice.ok ? 'status' : 'alert'} mb="xs">
                  {manageNotice.text}
                </Alert>
              )}
              {group.members ? (
                <List size="sm">
                  {group.members.map((m) => (
                    <List.Item key={m.id}>
                      {m.member.displayName} — {t(`groups.roles.${m.role}`)}
                      {group.pendingRequests && m.member.id !== session.account?.id && (
                        <MemberActions groupId={group.id} membership={m} onNotice={setManageNotice} />
                      )}
                    </List.Item>
                  ))}
                </List>
              ) : session.status === 'signedIn' ? (
                <Text size="sm">{t('groups.peopleHidden')}</Text>
              ) : (
                <Text size="sm">
                  <Anchor component={Link} to={`/connexion?suite=${encodeURIComponent(`/groupes/${group.slug}`)}`}>
                    {t('groups.signInToSeePeople')}
                  </Anchor>
                </Text>
              )}
            </Paper>
            {group.pendingRequests && <CoordinatorPanel groupId={group.id} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function JoinBox({ group }: { group: GroupData }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [join, joinState] = useMutation(JoinGroupDocument, { refetchQueries: ['Group'], awaitRefetchQueries: true });
  const [leave, leaveState] = useMutation(LeaveGroupDocument, { refetchQueries: ['Group'], awaitRefetchQueries: true });
  const [message, setMessage] = useState('');
  const [answers, setAnswers] = useState<string[]>(group.joinQuestions.map(() => ''));
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const act = async (action: () => Promise<unknown>, success: string) => {
    setNotice(null);
    try {
      await action();
      setNotice({ ok: true, text: success });
    } catch (error) {
      setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
    }
  };
  const mine = group.viewerMembership;
  const onRequest = group.joinPolicy === 'ON_REQUEST';
  return (
    <Paper withBorder p="md" component="section" aria-label={t('groups.join')}>
      <Stack gap="sm">
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        )}
        {session.status !== 'signedIn' && (
          <>
            <Text size="sm">{t('groups.signInToJoin')}</Text>
            <Button component={Link} to={`/connexion?suite=${encodeURIComponent(location.pathname)}`} variant="light">
              {t('nav.signIn')}
            </Button>
          </>
        )}
        {session.status === 'signedIn' && mine?.status === 'BANNED' && <Text size="sm">{t('groups.banned')}</Text>}
        {session.status === 'signedIn' && mine?.status === 'ACTIVE' && (
          <>
            <Text size="sm">{t('groups.youAre', { role: t(`groups.roles.${mine.role}`) })}</Text>
            <Button
              variant="default"
              loading={leaveState.loading}
              onClick={() => void act(() => leave({ variables: { groupId: group.id } }), t('groups.left'))}
            >
              {t('groups.leave')}
            </Button>
          </>
        )}
        {session.status === 'signedIn' && mine?.status === 'PENDING' && (
          <>
            <Text size="sm">{t('groups.pending')}</Text>
            <Button
              variant="default"
              loading={leaveState.loading}
              onClick={() => void act(() => leave({ variables: { groupId: group.id } }), t('groups.withdrawn'))}
            >
              {t('groups.withdraw')}
            </Button>
          </>
        )}
        {session.status === 'signedIn' &&
          (!mine || mine.status === 'INVITED') &&
          group.joinPolicy === 'INVITE_ONLY' &&
          mine?.status !== 'INVITED' && <Text size="sm">{t('groups.inviteOnly')}</Text>}
        {session.status === 'signedIn' &&
          (!mine || mine.status === 'INVITED') &&
          (group.joinPolicy !== 'INVITE_ONLY' || mine?.status === 'INVITED') && (
            <>
              {onRequest && <Text size="sm">{t('groups.askLead')}</Text>}
              {onRequest &&
                group.joinQuestions.map((q, i) => (
                  <TextInput
                    key={q}
                    label={q}
                    value={answers[i] ?? ''}
                    maxLength={1000}
                    onChange={(e) => setAnswers((a) => a.map((v, j) => (j === i ? e.currentTarget.value : v)))}
                  />
                ))}
              {onRequest && (
                <Textarea
                  label={t('groups.message')}
                  value={message}
                  onChange={(e) => setMessage(e.currentTarget.value)}
                  maxLength={1000}
                  autosize
                  minRows={2}
                />
              )}
              <Button
                loading={joinState.loading}
                onClick={() =>
                  void act(
                    () =>
                      join({ variables: { groupId: group.id, message: message.trim() || null, answers: answers.map((a) => a.trim()) } }),
                    onRequest ? t('groups.requested') : t('groups.joined'),
                  )
                }
              >
                {onRequest ? t('groups.ask') : t('groups.join')}
              </Button>
            </>
          )}
      </Stack>
    </Paper>
  );
}

function Requests({ group }: { group: GroupData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [approve] = useMutation(ApproveMembershipDocument, { refetchQueries: ['Group'], awaitRefetchQueries: true });
  const [decline] = useMutation(DeclineMembershipDocument, { refetchQueries: ['Group'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState<string | null>(null);
  const requests = group.pendingRequests ?? [];
  return (
    <section aria-labelledby="requests">
      <Title order={2} size="h3" id="requests" mb="xs">
        {t('groups.requests')}
      </Title>
      {notice && (
        <Alert color="green" role="status" mb="sm">
          {notice}
        </Alert>
      )}
      {requests.length === 0 ? (
        <Text size="sm">{t('groups.noRequests')}</Text>
      ) : (
        <Stack gap="sm" component="ul" className="plain-list">
          {requests.map((r) => (
            <Paper withBorder p="sm" key={r.id} component="li">
              <Row justify="space-between" wrap="wrap" align="flex-start">
                <div>
                  <Text fw={600}>{r.member.displayName}</Text>
                  <Text size="sm">{MEMBER_KIND_LABELS[r.member.kind as MemberKind][locale]}</Text>
                  {(r.answers ?? []).map((a, i) => (
                    <Text size="sm" key={i}>
                      {group.joinQuestions[i]} — « {a} »
                    </Text>
                  ))}
                  {r.message && <Text size="sm">« {r.message} »</Text>}
                </div>
                <Row gap="xs">
                  <Button
                    size="xs"
                    aria-label={`${t('groups.approve')} : ${r.member.displayName}`}
                    onClick={async () => {
                      await approve({ variables: { membershipId: r.id } });
                      setNotice(t('groups.approved'));
                    }}
                  >
                    {t('groups.approve')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`${t('groups.decline')} : ${r.member.displayName}`}
                    onClick={async () => {
                      await decline({ variables: { membershipId: r.id } });
                      setNotice(t('groups.declined'));
                    }}
                  >
                    {t('groups.decline')}
                  </Button>
                </Row>
              </Row>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}
