import { Alert, Button, Container, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RegionTileMap, usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHomeFigures, useMovementFigures } from '../hooks/useHomeFigures';

const PILLARS = ['practices', 'alliances', 'projects', 'proof'] as const;

export function HomePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('home.title'));
  const { data, loading, error, refetch } = useHomeFigures();
  const figures = useMovementFigures().data?.movementFigures;
  const en = i18n.language.startsWith('en');
  const regions = data?.regions ?? [];
  const byRegion = new Map(figures?.regions.map((r) => [r.regionCode, r]) ?? []);
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <Container size="lg" py={48}>
          <Stack gap="md" maw={720}>
            <Title id="home-title" order={1}>
              {t('home.title')}
            </Title>
            <Text size="lg">{t('home.lead')}</Text>
            <Group>
              <Button component={Link} to="/inscription" size="md">
                {t('home.joinCta')}
              </Button>
            </Group>
          </Stack>
        </Container>
      </section>
      <Container size="lg" py="xl">
        <Title order={2} mb="md">
          {t('home.pillars.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg" component="ul" className="plain-list">
          {PILLARS.map((p) => (
            <li key={p}>
              <Title order={3} size="h4" mb={4}>
                {t(`home.pillars.${p}.title`)}
              </Title>
              <Text>{t(`home.pillars.${p}.text`)}</Text>
            </li>
          ))}
        </SimpleGrid>
        <Title order={2} mt="xl" mb="md">
          {t('home.figures')}
        </Title>
        {loading && <Loader role="status" aria-label={t('app.loading')} />}
        {error && (
          <Alert color="red" title={t('app.error')}>
            <Button variant="light" onClick={() => void refetch()}>
              {t('app.retry')}
            </Button>
          </Alert>
        )}
        {data && (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" className="figures">
              {[
                [figures?.members ?? '…', t('home.members')],
                [figures?.organisations ?? '…', t('home.organisations')],
                [figures?.socialEconomyOrganisations ?? '…', t('home.socialEconomy')],
                [regions.length, t('home.regions')],
              ].map(([value, label]) => (
                <div key={String(label)}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </SimpleGrid>
            <RegionTileMap
              title={t('home.regionsTitle')}
              regionHeader={en ? 'Region' : 'Région'}
              valueHeader={t('home.members')}
              regions={regions.map((r) => ({
                code: r.code,
                label: en ? r.nameEn : r.name,
                col: r.tile.col,
                row: r.tile.row,
                value: byRegion.get(r.code)?.members ?? 0,
              }))}
            />
          </Stack>
        )}
      </Container>
    </>
  );
}
