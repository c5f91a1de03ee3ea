import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Container,
  Group as Row,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { GroupsDocument, useSession, type GroupFilter } from '@mouvement/web-data-access';
import {
  GROUP_KIND_LABELS,
  GroupKind,
  JOIN_POLICY_LABELS,
  VISIBILITY_LABELS,
  type JoinPolicy,
  type GroupVisibility,
} from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { RegionFilter, SearchField, ThemeFilter, useDebouncedParam, useParam } from '@mouvement/web-organisations';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

const PAGE_SIZE = 24;

export function GroupDirectoryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('groups.title'));
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const param = useParam(params, setParams);
  const [search, setSearch] = useDebouncedParam(params, setParams, 'q');
  const filter: GroupFilter = {
    search: params.get('q'),
    regionCode: params.get('region'),
    kind: params.get('type') as GroupFilter['kind'],
    theme: params.get('theme') as GroupFilter['theme'],
    memberOnly: params.get('miens') === '1' || null,
  };
  const { data, loading, error, fetchMore } = useQuery(GroupsDocument, {
    variables: { first: PAGE_SIZE, filter, sort: 'NAME' },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.groups;
  return (
    <Container size="lg" py="xl">
      <Row justify="space-between" align="flex-end" mb="xs">
        <Title order={1}>{t('groups.title')}</Title>
        {session.status === 'signedIn' && (
          <Button component={Link} to="/groupes/nouveau" variant="light">
            {t('groups.create.title')}
          </Button>
        )}
      </Row>
      <Text c="dimmed" mb="lg">
        {t('groups.lead')}
      </Text>
      <form role="search" aria-label={t('directory.filters')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="sm">
          <SearchField label={t('directory.search')} value={search} onChange={setSearch} />
          <RegionFilter value={param('region').value} onChange={param('region').set} />
          <Select
            label={t('directory.kind')}
            placeholder={t('directory.all')}
            clearable
            data={Object.values(GroupKind).map((k) => ({ value: k, label: GROUP_KIND_LABELS[k][locale] }))}
            value={param('type').value}
            onChange={param('type').set}
          />
          <ThemeFilter value={param('theme').value} onChange={param('theme').set} />
        </SimpleGrid>
        {session.status === 'signedIn' && (
          <Checkbox
            mb="lg"
            label={t('groups.mine')}
            checked={params.get('miens') === '1'}
            onChange={(e) => param('miens').set(e.currentTarget.checked ? '1' : null)}
          />
        )}
      </form>
      <Text role="status" aria-live="polite" mb="sm" fw={500}>
        {connection ? t('directory.results', { count: connection.totalCount }) : ''}
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {t('app.error')}
        </Alert>
      )}
      {!data && loading && <Loader role="status" aria-label={t('app.loading')} />}
      {connection && connection.edges.length === 0 && <Text>{t('directory.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" className="plain-list">
        {connection?.edges.map(({ node: g }) => (
          <li key={g.id}>
            <Card withBorder padding="md" component="article" h="100%">
              <Stack gap={6}>
                <Anchor component={Link} to={`/groupes/${g.slug}`} fw={700} size="lg">
                  {g.name}
                </Anchor>
                <Text size="sm">
                  {GROUP_KIND_LABELS[g.kind as GroupKind][locale]}
                  {g.region ? ` · ${locale === 'en' ? g.region.nameEn : g.region.name}` : ''}
                </Text>
                {g.description && (
                  <Text size="sm" lineClamp={3}>
                    {g.description}
                  </Text>
                )}
                <Row gap={6}>
                  <Badge variant="light">{JOIN_POLICY_LABELS[g.joinPolicy as JoinPolicy][locale]}</Badge>
                  <Badge variant="outline" color="gray" styles={{ root: { color: '#343a40' } }}>
                    {VISIBILITY_LABELS[g.visibility as GroupVisibility][locale]}
                  </Badge>
                </Row>
                <Text size="sm" c="dimmed">
                  {t('groups.members', { count: g.memberCount })}
                </Text>
              </Stack>
            </Card>
          </li>
        ))}
      </SimpleGrid>
      {connection?.pageInfo.hasNextPage && (
        <Row justify="center" mt="lg">
          <Button
            variant="light"
            loading={loading}
            onClick={() => void fetchMore({ variables: { first: PAGE_SIZE, after: connection.pageInfo.endCursor } })}
          >
            {t('directory.more')}
          </Button>
        </Row>
      )}
    </Container>
  );
}
