import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Container, Group, Loader, Title } from '@mantine/core';
import { GroupDocument, GroupEventDocument, toApiProblem } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeleteEventButton } from '../components/DeleteEventButton';
import { EventCard } from '../components/GroupEvents';

/** An event's own page: when and where, its description, the answers, the .ics file and reporting. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  // Kept once the event is deleted (and evicted from the cache), to say so and lead back to its group.
  const [deleted, setDeleted] = useState<{ name: string; slug: string } | null>(null);
  const { data, loading, error } = useQuery(GroupEventDocument, {
    variables: { eventId: id },
    fetchPolicy: 'cache-and-network',
    skip: deleted !== null,
  });
  const event = data?.groupEvent;
  const group = useQuery(GroupDocument, { variables: { slug: event?.groupSlug ?? '' }, skip: !event });
  usePageTitle(deleted ? t('groups.events.deleted') : (event?.title ?? t('groups.events.title')));
  if (deleted) {
    return (
      <Container size="md" py="xl">
        <Title order={1}>{t('groups.events.deleted')}</Title>
        <Alert color="green" role="status" my="md">
          {t('groups.events.deletedLead')}
        </Alert>
        <Anchor component={Link} to={`/groupes/${deleted.slug}`}>
          {t('groups.events.backToGroup', { name: deleted.name })}
        </Anchor>
      </Container>
    );
  }
  if (!data && loading) return <Loader role="status" m="xl" aria-label={t('app.loading')} />;
  if (!event) {
    return (
      <Container size="md" py="xl">
        <Title order={1}>{t('groups.events.notFound')}</Title>
        {error && (
          <Alert color="gray" role="status" my="md">
            {toApiProblem(error, t('app.error')).message}
          </Alert>
        )}
        <Anchor component={Link} to="/groupes">
          {t('groups.title')}
        </Anchor>
      </Container>
    );
  }
  return (
    <Container size="md" py="xl">
      <Anchor component={Link} to={`/groupes/${event.groupSlug}`} size="sm">
        ← {event.groupName}
      </Anchor>
      <EventCard event={event} canAnswer={group.data?.group?.viewerMembership?.status === 'ACTIVE'} detailed />
      {event.viewerCanDelete && (
        <Group justify="flex-end" mt="sm">
          <DeleteEventButton
            eventId={event.id}
            title={event.title}
            onDeleted={() => setDeleted({ name: event.groupName, slug: event.groupSlug })}
          />
        </Group>
      )}
    </Container>
  );
}
