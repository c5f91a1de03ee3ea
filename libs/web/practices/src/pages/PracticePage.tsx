import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Grid,
  Group,
  Image,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  Typography,
} from '@mantine/core';
import {
  ArchivePracticeDocument,
  ModerateContentDocument,
  PracticeDocument,
  PracticeVersionDocument,
  PublishPracticeDocument,
  toApiProblem,
  useSession,
  type PracticeFieldsFragment,
} from '@mouvement/web-data-access';
import { ReportButton } from '@mouvement/web-groups';
import { LICENCE_LABELS, THEME_LABELS, type PracticeLicence, type Theme } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PracticeConversation, PracticeReactions } from '../components/Conversation';
import { AttachmentList } from '../components/PracticeFiles';
import { PracticeCard } from '../components/PracticeCard';
import { Replications } from '../components/Replications';

/** A practice sheet: its sections in the fixed order, who runs it, its licence, its history; prints on A4. */
export function PracticePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading } = useQuery(PracticeDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.practice?.title ?? t('practices.title'));
  if (!data && loading) return <Loader role="status" m="xl" aria-label={t('app.loading')} />;
  if (!data?.practice) {
    return (
      <Container size="md" py="xl">
        <Title order={1}>{t('practices.notFound')}</Title>
        <Text my="md">{t('practices.notFoundText')}</Text>
        <Anchor component={Link} to="/pratiques">
          {t('practices.title')}
        </Anchor>
      </Container>
    );
  }
  return <PracticeView practice={data.practice} />;
}

function PracticeView({ practice }: { practice: PracticeFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const signedIn = useSession().status === 'signedIn';
  const location = useLocation();
  const tag = locale === 'en' ? 'en-GB' : 'fr-FR';
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(
    (location.state as { notice?: string } | null)?.notice ? { ok: true, text: (location.state as { notice: string }).notice } : null,
  );
  const [publish, publishState] = useMutation(PublishPracticeDocument);
  const [archive, archiveState] = useMutation(ArchivePracticeDocument);
  const [moderate, moderateState] = useMutation(ModerateContentDocument, { refetchQueries: ['Practice'], awaitRefetchQueries: true });
  const run = async (action: () => Promise<unknown>, success: string) => {
    setNotice(null);
    try {
      await action();
      setNotice({ ok: true, text: success });
    } catch (error) {
      setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
    }
  };
  const licence = LICENCE_LABELS[practice.licence as PracticeLicence];
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'long' });
  return (
    <Container size="lg" py="xl" className="practice-sheet">
      <Anchor component={Link} to="/pratiques" size="sm" className="no-print">
        ← {t('practices.title')}
      </Anchor>
      <Group gap="xs" mt="xs">
        {practice.status !== 'PUBLISHED' && (
          <Badge variant="outline" color="gray" styles={{ root: { color: '#343a40' } }}>
            {t(`practices.status.${practice.status}`)}
          </Badge>
        )}
        {practice.themes.map((theme) => (
          <Badge key={theme} variant="light">
            {THEME_LABELS[theme as Theme][locale]}
          </Badge>
        ))}
      </Group>
      <Title order={1} mt="xs">
        {practice.title}
      </Title>
      {practice.cover && (
        <Image src={practice.cover.url} alt="" mah={320} w="100%" fit="cover" radius="md" mt="md" className="practice-cover" />
      )}
      {practice.status === 'DRAFT' && (
        <Text size="sm" mt={4}>
          {t('practices.draftNotice')}
        </Text>
      )}
      {practice.status === 'ARCHIVED' && (
        <Text size="sm" mt={4}>
          {t('practices.archivedNotice')}
        </Text>
      )}
      {practice.hiddenByModeration && (
        <Alert color="orange" role="status" mt="md">
          {t('practices.hiddenNotice')}
        </Alert>
      )}
      {notice && (
        <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'} mt="md">
          {notice.text}
        </Alert>
      )}
      {practice.viewerCanEdit && (
        <Group gap="xs" mt="md" className="no-print">
          <Button component={Link} to={`/pratiques/${practice.slug}/modifier`} variant="light">
            {t('practices.edit')}
          </Button>
          {practice.status !== 'PUBLISHED' && (
            <Button
              loading={publishState.loading}
              onClick={() => void run(() => publish({ variables: { practiceId: practice.id } }), t('practices.published'))}
            >
              {t('practices.publish')}
            </Button>
          )}
          {practice.status === 'PUBLISHED' && (
            <Button
              variant="default"
              loading={archiveState.loading}
              onClick={() => void run(() => archive({ variables: { practiceId: practice.id } }), t('practices.archived'))}
            >
              {t('practices.archive')}
            </Button>
          )}
        </Group>
      )}
      {practice.viewerCanModerate && practice.status !== 'DRAFT' && (
        <Group gap="xs" mt="xs" className="no-print">
          <Button
            variant="default"
            loading={moderateState.loading}
            onClick={() =>
              void run(
                () =>
                  moderate({
                    variables: { targetType: 'PRACTICE', targetId: practice.id, action: practice.hiddenByModeration ? 'RESTORE' : 'HIDE' },
                  }),
                t('groups.moderation.done'),
              )
            }
          >
            {t(practice.hiddenByModeration ? 'practices.moderation.restore' : 'practices.moderation.hide')}
          </Button>
        </Group>
      )}
      <Grid mt="lg" gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {practice.summary && (
              <Text size="lg" style={{ whiteSpace: 'pre-line' }}>
                {practice.summary}
              </Text>
            )}
            {practice.sections.map((s, i) => (
              <section key={`${s.kind}-${i}`} aria-labelledby={`section-${i}`}>
                <Title order={2} size="h3" id={`section-${i}`} mb="xs">
                  {s.heading}
                </Title>
                {/* Rendered and sanitised by the API's one markdown renderer. */}
                <Typography>
                  <div dangerouslySetInnerHTML={{ __html: s.bodyHtml }} />
                </Typography>
              </section>
            ))}
            {practice.status !== 'DRAFT' && !practice.hiddenByModeration && <Replications practice={practice} />}
            {practice.status !== 'DRAFT' && !practice.hiddenByModeration && <PracticeConversation practice={practice} />}
            {practice.related.length > 0 && (
              <section aria-labelledby="related" className="no-print">
                <Title order={2} size="h3" id="related" mb="sm">
                  {t('practices.related')}
                </Title>
                <Stack gap="sm" component="ul" className="plain-list">
                  {practice.related.map((r) => (
                    <li key={r.id}>
                      <PracticeCard practice={r} />
                    </li>
                  ))}
                </Stack>
              </section>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="md" component="section" aria-labelledby="about-practice">
              <Title order={2} size="h4" id="about-practice" mb="xs" className="visually-hidden">
                {t('practices.territory')}
              </Title>
              <dl className="facts">
                {practice.region && (
                  <>
                    <dt>{t('practices.territory')}</dt>
                    <dd>
                      {practice.department ? `${practice.department.name}, ` : ''}
                      {locale === 'en' ? practice.region.nameEn : practice.region.name}
                    </dd>
                  </>
                )}
                {practice.organisation && (
                  <>
                    <dt>{t('practices.runBy')}</dt>
                    <dd>
                      <Anchor component={Link} to={`/organisations/${practice.organisation.slug}`}>
                        {practice.organisation.name}
                      </Anchor>
                    </dd>
                  </>
                )}
                {practice.group && (
                  <>
                    <dt>{t('practices.sharedIn')}</dt>
                    <dd>
                      <Anchor component={Link} to={`/groupes/${practice.group.slug}`}>
                        {practice.group.name}
                      </Anchor>
                    </dd>
                  </>
                )}
                <dt>{t('practices.authors')}</dt>
                <dd>{practice.authors.map((a) => a.displayName).join(', ')}</dd>
                <dt>{t('practices.licence')}</dt>
                <dd>{licence.url ? <Anchor href={licence.url}>{licence[locale]}</Anchor> : licence[locale]}</dd>
                {practice.publishedAt && (
                  <>
                    <dt className="visually-hidden">{t('practices.status.PUBLISHED')}</dt>
                    <dd>{t('practices.publishedOn', { date: day.format(new Date(practice.publishedAt)) })}</dd>
                  </>
                )}
              </dl>
              <Text size="sm" c="dimmed" mt="xs" mb="xs">
                {t('practices.useful', { count: practice.usefulCount })} · {t('practices.inspiring', { count: practice.inspiringCount })} ·{' '}
                {t('practices.replications', { count: practice.replicationCount })}
              </Text>
              {!practice.hiddenByModeration && <PracticeReactions practice={practice} />}
            </Paper>
            <AttachmentList practice={practice} />
            <Button variant="default" onClick={() => window.print()} className="no-print">
              {t('practices.print')}
            </Button>
            {signedIn && !practice.viewerCanEdit && practice.status === 'PUBLISHED' && !practice.hiddenByModeration && (
              <Group className="no-print">
                <ReportButton targetId={practice.id} targetType="PRACTICE" />
              </Group>
            )}
            <History practice={practice} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function History({ practice }: { practice: PracticeFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tag = locale === 'en' ? 'en-GB' : 'fr-FR';
  const format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const [load, version] = useLazyQuery(PracticeVersionDocument);
  const [open, setOpen] = useState<number | null>(null);
  const shown = open !== null ? version.data?.practiceVersion : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="history" className="no-print">
      <Title order={2} size="h4" id="history" mb="xs">
        {t('practices.history')}
      </Title>
      {practice.revisions.length === 0 ? (
        <Text size="sm">{t('practices.historyEmpty')}</Text>
      ) : (
        <List size="sm" spacing={6}>
          {practice.revisions.map((r) => (
            <List.Item key={r.version}>
              {t('practices.versionLine', {
                version: r.version,
                date: format.format(new Date(r.replacedAt)),
                name: r.replacedByName ?? '—',
              })}{' '}
              <Button
                size="compact-xs"
                variant="subtle"
                aria-expanded={open === r.version}
                onClick={() => {
                  setOpen(open === r.version ? null : r.version);
                  if (open !== r.version) void load({ variables: { practiceId: practice.id, version: r.version } });
                }}
              >
                {t('practices.viewVersion', { version: r.version })}
              </Button>
            </List.Item>
          ))}
        </List>
      )}
      {open !== null && version.loading && <Loader role="status" size="sm" aria-label={t('app.loading')} />}
      {shown && (
        <Paper
          withBorder
          p="sm"
          mt="sm"
          bg="gray.0"
          aria-label={t('practices.versionOf', { version: shown.version, date: format.format(new Date(shown.savedAt)) })}
          component="section"
        >
          <Text size="xs" mb={4}>
            {t('practices.versionOf', { version: shown.version, date: format.format(new Date(shown.savedAt)) })}
          </Text>
          <Text fw={700}>{shown.title}</Text>
          {shown.summary && <Text size="sm">{shown.summary}</Text>}
          {shown.sections.map((s, i) => (
            <div key={i}>
              <Text fw={600} size="sm" mt="xs">
                {s.heading}
              </Text>
              <Typography>
                <div className="post-body" dangerouslySetInnerHTML={{ __html: s.bodyHtml }} />
              </Typography>
            </div>
          ))}
          <Button size="compact-xs" variant="subtle" mt="xs" onClick={() => setOpen(null)}>
            {t('practices.closeVersion')}
          </Button>
        </Paper>
      )}
    </Paper>
  );
}
