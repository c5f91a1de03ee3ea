import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Container, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { MyPracticesDocument, MyReplicationsDocument } from '@mouvement/web-data-access';
import { useLocale } from '@mouvement/web-accounts';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PracticeCard } from '../components/PracticeCard';

/** The viewer's practices, drafts included. */
export function MyPracticesPage() {
  const { t } = useTranslation();
  usePageTitle(t('practices.myTitle'));
  const { data, loading } = useQuery(MyPracticesDocument, { fetchPolicy: 'cache-and-network' });
  const replications = useQuery(MyReplicationsDocument, { fetchPolicy: 'cache-and-network' });
  const locale = useLocale();
  return (
    <Container size="lg" py="xl">
      <Group justify="space-between" align="flex-end" mb="lg">
        <Title order={1}>{t('practices.myTitle')}</Title>
        <Group gap="xs">
          <Button component={Link} to="/pratiques/nouvelle">
            {t('practices.write')}
          </Button>
          <Button component={Link} to="/pratiques/importer" variant="light">
            {t('practices.import')}
          </Button>
        </Group>
      </Group>
      {!data && loading && <Loader role="status" aria-label={t('app.loading')} />}
      {data && data.myPractices.length === 0 && <Text>{t('practices.myEmpty')}</Text>}
      <Stack gap="md" component="ul" className="plain-list">
        {data?.myPractices.map((p) => (
          <li key={p.id}>
            <PracticeCard practice={p} showStatus />
          </li>
        ))}
      </Stack>
      {(replications.data?.myReplications.length ?? 0) > 0 && (
        <section aria-labelledby="my-replications">
          <Title order={2} size="h3" id="my-replications" mt="xl" mb="sm">
            {t('practices.myReplications')}
          </Title>
          <List spacing={4}>
            {replications.data?.myReplications.map((r) => (
              <List.Item key={r.id}>
                <Anchor component={Link} to={`/pratiques/${r.practice.slug}`}>
                  {r.practice.title}
                </Anchor>{' '}
                — {r.department ? `${r.department.name}, ` : ''}
                {locale === 'en' ? r.region.nameEn : r.region.name} · {t(`practices.replication.statuses.${r.status}`)}
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Container>
  );
}
