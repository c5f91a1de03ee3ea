import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Container, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  GroupDashboardDocument,
  GroupDocument,
  toApiProblem,
  type DashboardFiguresFieldsFragment,
  type GroupDashboardQuery,
} from '@mouvement/web-data-access';
import { GROUP_KIND_LABELS, type GroupKind } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { BarChartFigure, usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { GroupNotFound } from '../components/GroupNotFound';

type Dashboard = GroupDashboardQuery['groupDashboard'];

/** Colours with at least 3:1 contrast on white, told apart without colour vision too (legend and table). */
const COLOURS = { posts: '#15603f', replies: '#b35c00', going: '#15603f', maybe: '#1864ab', notGoing: '#868e96', waitlisted: '#b35c00' };

/** A coordinator's dashboard: members, requests, weekly activity and event answers, rolled up over the groups below. */
export function GroupDashboardPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const groupQuery = useQuery(GroupDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const group = groupQuery.data?.group;
  const dashboardQuery = useQuery(GroupDashboardDocument, {
    variables: { groupId: group?.id ?? '' },
    skip: !group?.canReadDashboard,
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(group ? t('groups.dashboard.titleOf', { name: group.name }) : t('groups.dashboard.title'));
  if ((!groupQuery.data && groupQuery.loading) || (group?.canReadDashboard && !dashboardQuery.data && dashboardQuery.loading)) {
    return <Loader role="status" m="xl" aria-label={t('app.loading')} />;
  }
  if (!group) return <GroupNotFound />;
  const dashboard = dashboardQuery.data?.groupDashboard;
  return (
    <Container size="lg" py="xl">
      <Anchor component={Link} to={`/groupes/${group.slug}`} size="sm">
        ← {t('groups.dashboard.back')}
      </Anchor>
      <Title order={1} mt="xs" mb="md">
        {t('groups.dashboard.titleOf', { name: group.name })}
      </Title>
      {!group.canReadDashboard && (
        <Alert color="gray" role="status">
          {t('groups.dashboard.forbidden')}
        </Alert>
      )}
      {dashboardQuery.error && (
        <Alert color="red" role="alert">
          {toApiProblem(dashboardQuery.error, t('app.error')).message}
        </Alert>
      )}
      {dashboard && <DashboardView dashboard={dashboard} />}
    </Container>
  );
}

function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tag = locale === 'en' ? 'en-GB' : 'fr-FR';
  const { total } = dashboard;
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const longDay = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const generated = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: dashboard.timeZone });
  const stats = [
    { label: t('groups.dashboard.members'), value: total.members },
    { label: t('groups.dashboard.newMembers'), value: total.newMembers },
    { label: t('groups.dashboard.pending'), value: total.pendingRequests },
    { label: t('groups.dashboard.posts'), value: total.postsAndReplies },
  ];
  return (
    <Stack gap="xl">
      <div>
        <Text>
          {total.groupCount > 1 ? t('groups.dashboard.scopeRolled', { count: total.groupCount - 1 }) : t('groups.dashboard.scopeAlone')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('groups.dashboard.generated', { date: generated.format(new Date(dashboard.generatedAt)), zone: dashboard.timeZone })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, md: 4 }} component="dl" className="stat-grid">
        {stats.map((s) => (
          <Paper withBorder p="md" key={s.label}>
            <Text component="dt" size="sm">
              {s.label}
            </Text>
            <Text component="dd" fz={32} fw={700} m={0}>
              {s.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <section aria-labelledby="activity">
        <Title order={2} size="h3" id="activity" mb="sm">
          {t('groups.dashboard.activity')}
        </Title>
        <BarChartFigure
          title={t('groups.dashboard.activity')}
          categoryHeader={t('groups.dashboard.week')}
          series={[
            { key: 'posts', label: t('groups.dashboard.postsSeries'), color: COLOURS.posts },
            { key: 'replies', label: t('groups.dashboard.repliesSeries'), color: COLOURS.replies },
          ]}
          rows={dashboard.activity.map((w) => ({
            label: day.format(new Date(`${w.weekStart}T00:00:00Z`)),
            fullLabel: t('groups.dashboard.weekOf', { date: longDay.format(new Date(`${w.weekStart}T00:00:00Z`)) }),
            values: { posts: w.posts, replies: w.replies },
          }))}
          stacked
          titleHidden
          emptyText={t('groups.dashboard.noActivity')}
          loadingLabel={t('app.loading')}
        />
      </section>
      <section aria-labelledby="attendance">
        <Title order={2} size="h3" id="attendance" mb="xs">
          {t('groups.dashboard.attendance')}
        </Title>
        <Text size="sm" mb="sm">
          {t('groups.dashboard.attendanceNote')}
        </Text>
        <BarChartFigure
          title={t('groups.dashboard.attendance')}
          categoryHeader={t('groups.dashboard.event')}
          series={[
            { key: 'going', label: t('groups.dashboard.going'), color: COLOURS.going },
            { key: 'maybe', label: t('groups.dashboard.maybe'), color: COLOURS.maybe },
            { key: 'notGoing', label: t('groups.dashboard.notGoing'), color: COLOURS.notGoing },
            { key: 'waitlisted', label: t('groups.dashboard.waitlisted'), color: COLOURS.waitlisted },
          ]}
          rows={dashboard.recentEvents.map((e) => {
            const when = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: e.timeZone }).format(new Date(e.startsAt));
            return {
              label: e.title.length > 22 ? `${e.title.slice(0, 21)}…` : e.title,
              fullLabel: (
                <>
                  {e.title}
                  <Text component="span" size="xs" display="block">
                    {e.groupName} · {when}
                    {e.capacity ? ` · ${t('groups.dashboard.places', { count: e.capacity })}` : ''}
                  </Text>
                </>
              ),
              values: { going: e.going, maybe: e.maybe, notGoing: e.notGoing, waitlisted: e.waitlisted },
            };
          })}
          horizontal
          stacked
          titleHidden
          emptyText={t('groups.dashboard.noEvents')}
          loadingLabel={t('app.loading')}
        />
      </section>
      {dashboard.children.length > 0 && <GroupsTable dashboard={dashboard} />}
    </Stack>
  );
}

function GroupsTable({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns: [keyof DashboardFiguresFieldsFragment, string][] = [
    ['members', t('groups.dashboard.members')],
    ['newMembers', t('groups.dashboard.newMembers')],
    ['pendingRequests', t('groups.dashboard.pending')],
    ['postsAndReplies', t('groups.dashboard.posts')],
  ];
  const cells = (f: DashboardFiguresFieldsFragment) =>
    columns.map(([key]) => (
      <Table.Td key={key} ta="right">
        {f[key] as number}
      </Table.Td>
    ));
  return (
    <section aria-labelledby="by-group">
      <Title order={2} size="h3" id="by-group" mb="sm">
        {t('groups.dashboard.groups')}
      </Title>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('groups.dashboard.groups')}>
        <Table striped withTableBorder captionSide="top">
          <Table.Caption className="visually-hidden">{t('groups.dashboard.groups')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('groups.dashboard.group')}</Table.Th>
              {columns.map(([key, label]) => (
                <Table.Th scope="col" key={key} ta="right">
                  {label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                {t('groups.dashboard.thisGroupAlone', { name: dashboard.own.groupName })}
              </Table.Th>
              {cells(dashboard.own)}
            </Table.Tr>
            {dashboard.children.map((c) => (
              <Table.Tr key={c.groupId}>
                <Table.Th scope="row" fw={400}>
                  <Anchor
                    component={Link}
                    to={`/groupes/${c.groupSlug}/tableau-de-bord`}
                    aria-label={t('groups.dashboard.openDashboard', { name: c.groupName })}
                  >
                    {c.groupName}
                  </Anchor>
                  <Text component="span" size="xs" display="block">
                    {GROUP_KIND_LABELS[c.kind as GroupKind][locale]}
                  </Text>
                </Table.Th>
                {cells(c)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('groups.dashboard.total')}</Table.Th>
              {columns.map(([key]) => (
                <Table.Th key={key} ta="right">
                  {dashboard.total[key] as number}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </div>
    </section>
  );
}
