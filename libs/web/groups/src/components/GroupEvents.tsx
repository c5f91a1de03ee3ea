import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group as Row,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Typography,
} from '@mantine/core';
import {
  CreateEventDocument,
  GroupEventsDocument,
  RsvpEventDocument,
  toApiProblem,
  type EventFieldsFragment,
  CreateCalendarFeedDocument,
  RevokeCalendarFeedDocument,
} from '@mouvement/web-data-access';
import { useLocale } from '@mouvement/web-accounts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MarkdownEditor } from './MarkdownEditor';
import { ReportButton } from './ReportButton';

export interface GroupEventsProps {
  groupId: string;
  slug: string;
  isPublic: boolean;
  canRead: boolean;
  canAnswer: boolean;
  isCoordinator: boolean;
}

/** Upcoming events with answers and the waiting list; coordinators create events. */
export function GroupEvents({ groupId, slug, isPublic, canRead, canAnswer, isCoordinator }: GroupEventsProps) {
  const { t } = useTranslation();
  const { data } = useQuery(GroupEventsDocument, {
    variables: { groupId, period: 'UPCOMING', first: 10 },
    skip: !canRead,
    fetchPolicy: 'cache-and-network',
  });
  if (!canRead) return null;
  const events = data?.groupEvents.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="events">
      <Title order={2} size="h3" id="events" mb="sm">
        {t('groups.events.title')}
      </Title>
      {isPublic ? (
        <Anchor href={`/groupes/${slug}/agenda.ics`} size="sm" display="block" mb="sm">
          {t('groups.events.subscribe')}
        </Anchor>
      ) : (
        canAnswer && <PersonalFeed groupId={groupId} />
      )}
      {isCoordinator && <CreateEvent groupId={groupId} />}
      {data && events.length === 0 && <Text size="sm">{t('groups.events.none')}</Text>}
      <Stack gap="sm" component="ul" className="plain-list" mt="sm">
        {events.map((e) => (
          <li key={e.id}>
            <EventCard event={e} canAnswer={canAnswer} />
          </li>
        ))}
      </Stack>
    </section>
  );
}

export function EventCard({
  event,
  canAnswer,
  group,
  detailed = false,
}: {
  event: EventFieldsFragment;
  canAnswer: boolean;
  group?: { name: string; slug: string };
  /** On the event's own page: the title is the page's heading and the description is shown. */
  detailed?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [rsvp, state] = useMutation(RsvpEventDocument);
  const [problem, setProblem] = useState<string | null>(null);
  // Shown in the time zone of the group's territory, named so that nobody is misled.
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: event.timeZone,
    timeZoneName: 'short',
  });
  const mine = event.viewerRsvp;
  const answer = async (value: 'GOING' | 'MAYBE' | 'NOT_GOING') => {
    setProblem(null);
    try {
      await rsvp({ variables: { eventId: event.id, answer: value } });
    } catch (error) {
      setProblem(toApiProblem(error, t('app.error')).message);
    }
  };
  return (
    <Paper withBorder p="md" component="article" aria-label={event.title}>
      {detailed ? (
        <Title order={1}>{event.title}</Title>
      ) : (
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/evenements/${event.id}`} inherit>
            {event.title}
          </Anchor>
        </Title>
      )}
      {group && (
        <Anchor component={Link} to={`/groupes/${group.slug}`} size="sm">
          {group.name}
        </Anchor>
      )}
      {/* From its start to its end, the day written once when both fall on it. */}
      <Text size="sm">{format.formatRange(new Date(event.startsAt), new Date(event.endsAt))}</Text>
      {event.place && <Text size="sm">{event.place}</Text>}
      {event.onlineUrl &&
        (detailed ? (
          <Anchor href={event.onlineUrl} size="sm" rel="noopener noreferrer" target="_blank">
            {t('groups.events.onlineLink')}
          </Anchor>
        ) : (
          <Text size="sm">{t('groups.events.online')}</Text>
        ))}
      <Text size="sm" c="dimmed">
        {event.capacity
          ? t('groups.events.places', { going: event.goingCount, capacity: event.capacity })
          : t('groups.events.placesOpen', { going: event.goingCount })}
        {event.waitlistCount ? ` · ${t('groups.events.waiting', { count: event.waitlistCount })}` : ''}
      </Text>
      {mine?.answer === 'GOING' && (
        <Text size="sm" fw={600} role="status">
          {event.hasEnded
            ? t('groups.events.youSaidGoing')
            : mine.waitlisted
              ? t('groups.events.yourPosition', { position: mine.position })
              : t('groups.events.youGo')}
        </Text>
      )}
      {problem && (
        <Alert color="red" role="alert" mt="xs">
          {problem}
        </Alert>
      )}
      {event.hasEnded && (
        <Text size="sm" c="dimmed">
          {t('groups.events.ended')}
        </Text>
      )}
      <Row gap="xs" mt="sm">
        {canAnswer &&
          !event.hasEnded &&
          (
            [
              ['GOING', t('groups.events.going')],
              ['MAYBE', t('groups.events.maybe')],
              ['NOT_GOING', t('groups.events.notGoing')],
            ] as const
          ).map(([value, label]) => (
            <Button
              key={value}
              size="xs"
              variant={mine?.answer === value ? 'filled' : 'default'}
              aria-pressed={mine?.answer === value}
              disabled={state.loading}
              onClick={() => void answer(value)}
            >
              {label}
            </Button>
          ))}
        <Anchor href={event.icsUrl} size="sm" download>
          {t('groups.events.ics')}
        </Anchor>
        {canAnswer && <ReportButton targetId={event.id} targetType="EVENT" />}
      </Row>
      {detailed && event.descriptionHtml && (
        <Typography mt="md">
          <div className="post-body" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
        </Typography>
      )}
    </Paper>
  );
}

function CreateEvent({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({
    title: '',
    description: '',
    startsAt: '',
    endsAt: '',
    place: '',
    onlineUrl: '',
    capacity: '' as number | string,
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [create, state] = useMutation(CreateEventDocument, { refetchQueries: ['GroupEvents'], awaitRefetchQueries: true });
  if (!open) {
    return (
      <Stack gap="xs" align="flex-start">
        {notice?.ok && (
          <Alert color="green" role="status">
            {notice.text}
          </Alert>
        )}
        <Button variant="light" onClick={() => setOpen(true)}>
          {t('groups.events.create')}
        </Button>
      </Stack>
    );
  }
  const submit = async () => {
    setNotice(null);
    try {
      await create({
        variables: {
          groupId,
          input: {
            title: values.title.trim(),
            description: values.description.trim() || null,
            startsAt: new Date(values.startsAt).toISOString(),
            endsAt: new Date(values.endsAt).toISOString(),
            place: values.place.trim() || null,
            onlineUrl: values.onlineUrl.trim() || null,
            capacity: values.capacity === '' ? null : Number(values.capacity),
          },
        },
      });
      setNotice({ ok: true, text: t('groups.events.created') });
      setOpen(false);
    } catch (error) {
      setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        )}
        <TextInput
          label={t('groups.events.form.title')}
          required
          value={values.title}
          onChange={(e) => setValues({ ...values, title: e.currentTarget.value })}
        />
        <MarkdownEditor
          label={t('groups.events.form.description')}
          value={values.description}
          onChange={(description) => setValues({ ...values, description })}
          maxLength={20000}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('groups.events.form.starts')}
            description={t('groups.events.form.timeHint')}
            required
            value={values.startsAt}
            onChange={(e) => setValues({ ...values, startsAt: e.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label={t('groups.events.form.ends')}
            required
            value={values.endsAt}
            onChange={(e) => setValues({ ...values, endsAt: e.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          label={t('groups.events.form.place')}
          value={values.place}
          onChange={(e) => setValues({ ...values, place: e.currentTarget.value })}
        />
        <TextInput
          label={t('groups.events.form.online')}
          type="url"
          value={values.onlineUrl}
          onChange={(e) => setValues({ ...values, onlineUrl: e.currentTarget.value })}
        />
        <NumberInput
          label={t('groups.events.form.capacity')}
          min={1}
          allowDecimal={false}
          value={values.capacity}
          onChange={(v) => setValues({ ...values, capacity: v })}
        />
        <Row justify="flex-end">
          <Button
            onClick={() => void submit()}
            loading={state.loading}
            disabled={!values.title.trim() || !values.startsAt || !values.endsAt}
          >
            {t('groups.events.form.submit')}
          </Button>
        </Row>
      </Stack>
    </Paper>
  );
}

/** A member's secret calendar address for a members-only group, revocable. */
function PersonalFeed({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [create, state] = useMutation(CreateCalendarFeedDocument);
  const [revoke] = useMutation(RevokeCalendarFeedDocument);
  return (
    <Stack gap="xs" mb="sm">
      {notice && (
        <Text size="sm" role="status">
          {notice}
        </Text>
      )}
      {url ? (
        <>
          <Text size="sm">{t('groups.events.personalFeedLead')}</Text>
          <TextInput readOnly value={url} aria-label={t('groups.events.subscribe')} onFocus={(e) => e.currentTarget.select()} />
          <Row>
            <Button
              size="xs"
              variant="default"
              onClick={async () => {
                await revoke({ variables: { groupId } });
                setUrl(null);
                setNotice(t('groups.events.revoked'));
              }}
            >
              {t('groups.events.revokeFeed')}
            </Button>
          </Row>
        </>
      ) : (
        <Row>
          <Button
            size="xs"
            variant="default"
            loading={state.loading}
            onClick={async () => {
              const { data } = await create({ variables: { groupId } });
              setNotice(null);
              setUrl(data?.createCalendarFeed ?? null);
            }}
          >
            {t('groups.events.personalFeed')}
          </Button>
        </Row>
      )}
    </Stack>
  );
}
