import { useQuery } from '@apollo/client/react';
import { Button, Container, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { MyEventsDocument, useSession } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EventCard } from '../components/GroupEvents';

/** The events of all my groups, upcoming or past. */
export function MyEventsPage() {
  const { t } = useTranslation();
  usePageTitle(t('groups.events.mine'));
  const session = useSession();
  const [period, setPeriod] = useState<'UPCOMING' | 'PAST'>('UPCOMING');
  const { data, loading } = useQuery(MyEventsDocument, {
    variables: { period, first: 50 },
    skip: session.status !== 'signedIn',
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Container size="md" py="xl">
      <Title order={1} mb="md">
        {t('groups.events.mine')}
      </Title>
      {session.status === 'anonymous' ? (
        <Button component={Link} to="/connexion?suite=/mes-evenements">
          {t('nav.signIn')}
        </Button>
      ) : (
        <>
          <SegmentedControl
            mb="md"
            aria-label={t('groups.events.mine')}
            value={period}
            onChange={(v) => setPeriod(v as 'UPCOMING' | 'PAST')}
            data={[
              { value: 'UPCOMING', label: t('groups.events.title') },
              { value: 'PAST', label: t('groups.events.past') },
            ]}
          />
          {!data && loading && <Loader role="status" aria-label={t('app.loading')} />}
          {data && data.myEvents.edges.length === 0 && <Text>{t('groups.events.none')}</Text>}
          <Stack gap="sm" component="ul" className="plain-list">
            {data?.myEvents.edges.map(({ node }) => (
              <li key={node.id}>
                <EventCard event={node} canAnswer={period === 'UPCOMING'} group={{ name: node.groupName, slug: node.groupSlug }} />
              </li>
            ))}
          </Stack>
        </>
      )}
    </Container>
  );
}
