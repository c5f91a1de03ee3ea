import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Chip,
  Container,
  Group,
  Loader,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { PracticesDocument, useSession, type PracticeFilter, type PracticeSort } from '@mouvement/web-data-access';
import { ORGANISATION_KIND_LABELS, OrganisationKind, THEME_LABELS, THEMES, type Theme } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { RegionFilter, SearchField, useDebouncedParam, useParam } from '@mouvement/web-organisations';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PracticeCard } from '../components/PracticeCard';

const PAGE_SIZE = 20;
const SORTS: PracticeSort[] = ['RELEVANCE', 'NEWEST', 'MOST_REPLICATED', 'MOST_USEFUL'];

/** The library: search in French, filter chips, sorts, and more results on demand. */
export function PracticeLibraryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('practices.title'));
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const param = useParam(params, setParams);
  const [search, setSearch] = useDebouncedParam(params, setParams, 'q');
  const themes = (params.get('themes')?.split(',').filter(Boolean) ?? []) as Theme[];
  const filter: PracticeFilter = {
    search: params.get('q'),
    regionCode: params.get('region'),
    themes: themes.length ? themes : null,
    hasReplications: params.get('reproduites') === 'oui' ? true : null,
    organisationKind: params.get('type') as PracticeFilter['organisationKind'],
    socialEconomy: params.get('ess') === 'oui' ? true : params.get('ess') === 'non' ? false : null,
  };
  const requested = params.get('tri') as PracticeSort | null;
  const sort: PracticeSort = requested && (requested !== 'RELEVANCE' || filter.search) ? requested : filter.search ? 'RELEVANCE' : 'NEWEST';
  const { data, loading, error, fetchMore } = useQuery(PracticesDocument, {
    variables: { first: PAGE_SIZE, filter, sort },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.practices;
  return (
    <Container size="lg" py="xl">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={1}>{t('practices.title')}</Title>
        {session.status === 'signedIn' && (
          <Group gap="xs">
            <Button component={Link} to="/pratiques/nouvelle">
              {t('practices.write')}
            </Button>
            <Button component={Link} to="/pratiques/importer" variant="light">
              {t('practices.import')}
            </Button>
            <Button component={Link} to="/mes-pratiques" variant="default">
              {t('practices.mine')}
            </Button>
          </Group>
        )}
      </Group>
      <Text mb="lg">{t('practices.lead')}</Text>
      <form role="search" aria-label={t('directory.filters')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
          <SearchField label={t('practices.search')} value={search} onChange={setSearch} />
          <RegionFilter value={param('region').value} onChange={param('region').set} />
          <Select
            label={t('directory.sort')}
            allowDeselect={false}
            data={SORTS.filter((s) => s !== 'RELEVANCE' || filter.search).map((s) => ({ value: s, label: t(`practices.sorts.${s}`) }))}
            value={sort}
            onChange={(v) => param('tri').set(v)}
          />
        </SimpleGrid>
        <fieldset className="chip-fieldset">
          <legend>{t('practices.themes')}</legend>
          <Chip.Group multiple value={themes} onChange={(v) => param('themes').set(v.length ? v.join(',') : null)}>
            <Group gap={6}>
              {THEMES.map((theme) => (
                <Chip key={theme} value={theme} size="sm" variant="outline">
                  {THEME_LABELS[theme][locale]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <Select
            label={t('practices.organisationKind')}
            placeholder={t('directory.all')}
            clearable
            data={Object.values(OrganisationKind).map((k) => ({ value: k, label: ORGANISATION_KIND_LABELS[k][locale] }))}
            value={param('type').value}
            onChange={param('type').set}
          />
          <div>
            <Text size="sm" fw={500} id="ess-label" mb={4}>
              {t('organisations.socialEconomy')}
            </Text>
            <SegmentedControl
              aria-labelledby="ess-label"
              value={params.get('ess') ?? 'toutes'}
              onChange={(v) => param('ess').set(v === 'toutes' ? null : v)}
              data={[
                { value: 'toutes', label: t('organisations.socialEconomyAll') },
                { value: 'oui', label: t('organisations.socialEconomyOnly') },
                { value: 'non', label: t('organisations.socialEconomyNot') },
              ]}
            />
          </div>
        </SimpleGrid>
        <Checkbox
          mt="sm"
          mb="lg"
          label={t('practices.replicatedOnly')}
          checked={filter.hasReplications === true}
          onChange={(e) => param('reproduites').set(e.currentTarget.checked ? 'oui' : null)}
        />
      </form>
      {error && (
        <Alert color="red" role="alert">
          {t('app.error')}
        </Alert>
      )}
      <Text role="status" fw={500} mb="sm">
        {connection ? t('practices.results', { count: connection.totalCount }) : ''}
      </Text>
      {!connection && loading && <Loader role="status" aria-label={t('app.loading')} />}
      {connection && connection.edges.length === 0 && <Text>{t('practices.none')}</Text>}
      <Stack gap="md" component="ul" className="plain-list">
        {connection?.edges.map(({ node }) => (
          <li key={node.id}>
            <PracticeCard practice={node} snippet={node.snippet} />
          </li>
        ))}
      </Stack>
      {connection?.pageInfo.hasNextPage && (
        <Group justify="center" mt="lg">
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            {t('practices.more')}
          </Button>
        </Group>
      )}
    </Container>
  );
}
