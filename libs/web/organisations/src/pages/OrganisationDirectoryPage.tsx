import { Alert, Button, Container, Group, Loader, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSession, type OrganisationFilter, type OrganisationSort } from '@mouvement/web-data-access';
import { ORGANISATION_KIND_LABELS, OrganisationKind } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RegionFilter, SearchField, ThemeFilter, useDebouncedParam, useParam } from '../components/DirectoryFilters';
import { OrganisationCard } from '../components/OrganisationCard';
import { PAGE_SIZE, useOrganisationDirectory } from '../hooks/useOrganisations';

export function OrganisationDirectoryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('organisations.title'));
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const param = useParam(params, setParams);
  const [search, setSearch] = useDebouncedParam(params, setParams, 'q');

  const social = params.get('ess');
  const filter: OrganisationFilter = {
    search: params.get('q'),
    regionCode: params.get('region'),
    kind: params.get('type') as OrganisationFilter['kind'],
    theme: params.get('theme') as OrganisationFilter['theme'],
    socialEconomy: social === 'oui' ? true : social === 'non' ? false : null,
  };
  const sort = (params.get('tri') as OrganisationSort | null) ?? (filter.search ? 'RELEVANCE' : 'NAME');
  const { data, loading, error, fetchMore } = useOrganisationDirectory(filter, sort);
  const connection = data?.organisations;

  return (
    <Container size="lg" py="xl">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={1}>{t('organisations.title')}</Title>
        {session.status === 'signedIn' && (
          <Button component={Link} to="/organisations/nouvelle">
            {t('organisations.create')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" mb="lg">
        {t('organisations.lead')}
      </Text>
      <form role="search" aria-label={t('directory.filters')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
          <SearchField label={t('directory.search')} value={search} onChange={setSearch} />
          <RegionFilter value={param('region').value} onChange={param('region').set} />
          <Select
            label={t('directory.kind')}
            placeholder={t('directory.all')}
            clearable
            data={Object.values(OrganisationKind).map((k) => ({ value: k, label: ORGANISATION_KIND_LABELS[k][locale] }))}
            value={param('type').value}
            onChange={param('type').set}
          />
          <ThemeFilter value={param('theme').value} onChange={param('theme').set} />
        </SimpleGrid>
        <Group justify="space-between" mb="lg">
          <div>
            <Text size="sm" fw={500} id="ess-label" mb={4}>
              {t('organisations.socialEconomy')}
            </Text>
            <SegmentedControl
              aria-labelledby="ess-label"
              value={social ?? 'toutes'}
              onChange={(v) => param('ess').set(v === 'toutes' ? null : v)}
              data={[
                { value: 'toutes', label: t('organisations.socialEconomyAll') },
                { value: 'oui', label: t('organisations.socialEconomyOnly') },
                { value: 'non', label: t('organisations.socialEconomyNot') },
              ]}
            />
          </div>
          <Select
            label={t('directory.sort')}
            value={sort}
            onChange={(v) => param('tri').set(v)}
            allowDeselect={false}
            data={[
              { value: 'NAME', label: t('directory.sortName') },
              { value: 'NEWEST', label: t('directory.sortNewest') },
              ...(filter.search ? [{ value: 'RELEVANCE', label: t('directory.sortRelevance') }] : []),
            ]}
            w={200}
          />
        </Group>
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
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" className="plain-list">
          {connection?.edges.map((e) => (
            <li key={e.node.id}>
              <OrganisationCard org={e.node} />
            </li>
          ))}
        </SimpleGrid>
        {connection?.pageInfo.hasNextPage && (
          <Group justify="center">
            <Button
              variant="light"
              loading={loading}
              onClick={() => void fetchMore({ variables: { first: PAGE_SIZE, after: connection.pageInfo.endCursor } })}
            >
              {t('directory.more')}
            </Button>
          </Group>
        )}
      </Stack>
    </Container>
  );
}
