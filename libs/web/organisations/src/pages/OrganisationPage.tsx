import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Divider,
  Grid,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useSession, type OrganisationDetailsFragment } from '@mouvement/web-data-access';
import {
  LIMITS,
  MEMBER_KIND_LABELS,
  ORGANISATION_KIND_LABELS,
  THEME_LABELS,
  visibleLength,
  type MemberKind,
  type OrganisationKind,
  type Theme,
} from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { usePageTitle } from '@mouvement/web-ui';
import { toApiProblem } from '@mouvement/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  useClaimOrganisation,
  useDecideMembership,
  useLeaveOrganisation,
  useOrganisation,
  useRequestToJoin,
} from '../hooks/useOrganisations';

export function OrganisationPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading } = useOrganisation(slug);
  const org = data?.organisation;
  usePageTitle(org?.name ?? t('organisations.title'));
  if (!data && loading) {
    return (
      <Container size="lg" py="xl">
        <Loader role="status" aria-label={t('app.loading')} />
      </Container>
    );
  }
  if (!org) {
    return (
      <Container size="lg" py="xl">
        <Title order={1}>{t('organisations.notFound')}</Title>
        <Anchor component={Link} to="/organisations">
          {t('organisations.title')}
        </Anchor>
      </Container>
    );
  }
  return <OrganisationView org={org} />;
}

function OrganisationView({ org }: { org: OrganisationDetailsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const manages = org.joinRequests !== null;
  const facts: [string, React.ReactNode][] = [
    [
      t('organisations.territory'),
      `${org.department ? `${org.department.name}, ` : ''}${locale === 'en' ? org.region.nameEn : org.region.name}`,
    ],
    ...(org.legalForm ? [[t('organisations.legalForm'), org.legalForm] as [string, string]] : []),
    ...(org.siret ? [[t('organisations.siret'), org.siret] as [string, string]] : []),
    ...(org.headcount !== null ? [[t('organisations.headcount'), String(org.headcount)] as [string, string]] : []),
    ...(org.website
      ? [
          [
            t('organisations.website'),
            <Anchor href={org.website} target="_blank" rel="noopener noreferrer" key="w">
              {org.website}
            </Anchor>,
          ] as [string, React.ReactNode],
        ]
      : []),
  ];
  return (
    <Container size="lg" py="xl">
      <Group gap="sm" mb="xs">
        <Badge variant="light" color="gray" styles={{ root: { color: '#343a40' } }}>
          {ORGANISATION_KIND_LABELS[org.kind as OrganisationKind][locale]}
        </Badge>
        {org.isSocialEconomy && <Badge variant="light">{t('organisations.essBadge')}</Badge>}
        {org.esusApproved && <Badge variant="outline">{t('organisations.esus')}</Badge>}
      </Group>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{org.name}</Title>
        {manages && (
          <Button component={Link} to={`/organisations/${org.slug}/modifier`} variant="light">
            {t('organisations.edit')}
          </Button>
        )}
      </Group>
      <Grid mt="lg" gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {org.description && (
              <section aria-labelledby="about">
                <Title order={2} size="h3" id="about" mb="xs">
                  {t('organisations.description')}
                </Title>
                <Text style={{ whiteSpace: 'pre-line' }}>{org.description}</Text>
              </section>
            )}
            <section aria-labelledby="facts">
              <Title order={2} size="h3" id="facts" mb="xs">
                {t('organisations.details')}
              </Title>
              <dl className="facts">
                {facts.map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
                <div>
                  <dt>{t('organisations.themes')}</dt>
                  <dd>{org.themes.map((theme) => THEME_LABELS[theme as Theme][locale]).join(', ') || '—'}</dd>
                </div>
              </dl>
            </section>
            {manages && <JoinRequests org={org} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <MembershipBox org={org} signedIn={session.status === 'signedIn'} />
            <Paper withBorder p="md" component="section" aria-labelledby="people">
              <Title order={2} size="h4" id="people" mb="xs">
                {t('organisations.people')} ({org.memberCount})
              </Title>
              {session.status !== 'signedIn' ? (
                <Text size="sm">{t('organisations.peopleSignedOut')}</Text>
              ) : (
                <List spacing={4} size="sm">
                  {org.members.map((m) => (
                    <List.Item key={m.id}>
                      {m.member.displayName} — {t(`organisations.roles.${m.role}`)}
                    </List.Item>
                  ))}
                </List>
              )}
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function MembershipBox({ org, signedIn }: { org: OrganisationDetailsFragment; signedIn: boolean }) {
  const { t } = useTranslation();
  const [join, joinState] = useRequestToJoin();
  const [leave, leaveState] = useLeaveOrganisation();
  const [claim, claimState] = useClaimOrganisation();
  const [message, setMessage] = useState('');
  const [justification, setJustification] = useState('');
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const refetch = { refetchQueries: ['Organisation'], awaitRefetchQueries: true };
  const act = async (action: () => Promise<unknown>, success: string) => {
    setNotice(null);
    try {
      await action();
      setNotice({ ok: true, text: success });
    } catch (error) {
      setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
    }
  };
  const membership = org.viewerMembership;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('organisations.people')}>
      <Stack gap="sm">
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        )}
        {!signedIn && <Text size="sm">{t('organisations.signInToAct')}</Text>}
        {signedIn && membership?.status === 'PENDING' && <Text size="sm">{t('organisations.pending')}</Text>}
        {signedIn && membership?.status === 'ACTIVE' && (
          <>
            <Text size="sm">{t('organisations.youAre', { role: t(`organisations.roles.${membership.role}`) })}</Text>
            <Button
              variant="default"
              loading={leaveState.loading}
              onClick={() => void act(() => leave({ variables: { organisationId: org.id }, ...refetch }), t('organisations.left'))}
            >
              {t('organisations.leave')}
            </Button>
          </>
        )}
        {signedIn && !membership && (
          <>
            <Textarea
              label={t('organisations.joinMessage')}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              maxLength={1000}
              autosize
              minRows={2}
            />
            <Button
              loading={joinState.loading}
              onClick={() =>
                void act(
                  () => join({ variables: { organisationId: org.id, message: message.trim() || null }, ...refetch }),
                  t('organisations.joinSent'),
                )
              }
            >
              {t('organisations.join')}
            </Button>
          </>
        )}
        {signedIn && org.claimable && (
          <>
            <Divider />
            <Text size="sm">{t('organisations.claimLead')}</Text>
            <Textarea
              label={t('organisations.justification')}
              description={t('organisations.justificationHint', { min: LIMITS.justificationMin, days: LIMITS.claimRetryDays })}
              required
              value={justification}
              onChange={(e) => setJustification(e.currentTarget.value)}
              maxLength={LIMITS.justificationMax}
              autosize
              minRows={2}
            />
            <Button
              variant="light"
              disabled={visibleLength(justification) < LIMITS.justificationMin}
              loading={claimState.loading}
              onClick={() =>
                void act(
                  () => claim({ variables: { organisationId: org.id, justification: justification.trim() } }),
                  t('organisations.claimSent'),
                )
              }
            >
              {t('organisations.claim')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function JoinRequests({ org }: { org: OrganisationDetailsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [decide] = useDecideMembership();
  const [notice, setNotice] = useState<string | null>(null);
  const requests = org.joinRequests ?? [];
  return (
    <section aria-labelledby="requests">
      <Title order={2} size="h3" id="requests" mb="xs">
        {t('organisations.requests')}
      </Title>
      {notice && (
        <Alert color="green" role="status" mb="sm">
          {notice}
        </Alert>
      )}
      {requests.length === 0 ? (
        <Text size="sm">{t('organisations.noRequests')}</Text>
      ) : (
        <Stack gap="sm" component="ul" className="plain-list">
          {requests.map((r) => (
            <Paper withBorder p="sm" key={r.id} component="li">
              <Group justify="space-between" wrap="wrap">
                <div>
                  <Text fw={600}>{r.member.displayName}</Text>
                  <Text size="sm">{MEMBER_KIND_LABELS[r.member.kind as MemberKind][locale]}</Text>
                  {r.message && <Text size="sm">« {r.message} »</Text>}
                </div>
                <Group gap="xs">
                  <Button
                    size="xs"
                    aria-label={`${t('organisations.accept')} : ${r.member.displayName}`}
                    onClick={async () => {
                      await decide({
                        variables: { membershipId: r.id, accept: true },
                        refetchQueries: ['Organisation'],
                        awaitRefetchQueries: true,
                      });
                      setNotice(t('organisations.accepted'));
                    }}
                  >
                    {t('organisations.accept')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`${t('organisations.decline')} : ${r.member.displayName}`}
                    onClick={async () => {
                      await decide({
                        variables: { membershipId: r.id, accept: false },
                        refetchQueries: ['Organisation'],
                        awaitRefetchQueries: true,
                      });
                      setNotice(t('organisations.declined'));
                    }}
                  >
                    {t('organisations.decline')}
                  </Button>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}
