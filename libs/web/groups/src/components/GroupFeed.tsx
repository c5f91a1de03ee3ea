import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Checkbox, Group as Row, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  CreatePostDocument,
  GroupFeedDocument,
  PinPostDocument,
  ReactToPostDocument,
  ReplyToPostDocument,
  toApiProblem,
  useSession,
  type PostFieldsFragment,
} from '@mouvement/web-data-access';
import { useLocale } from '@mouvement/web-accounts';
import { useState } from 'react';
import { MarkdownEditor } from './MarkdownEditor';
import { PostContent } from './PostContent';
import { ReportButton } from './ReportButton';
import { useTranslation } from 'react-i18next';

const REACTIONS = ['LIKE', 'SUPPORT', 'IDEA', 'THANKS'] as const;

export interface GroupFeedProps {
  groupId: string;
  canRead: boolean;
  canWrite: boolean;
  isCoordinator: boolean;
}

/** The group's conversation: composer with preview, posts pinned first, replies, reactions. */
export function GroupFeed({ groupId, canRead, canWrite, isCoordinator }: GroupFeedProps) {
  const { t } = useTranslation();
  const { data, loading, fetchMore } = useQuery(GroupFeedDocument, {
    variables: { groupId, first: 20 },
    skip: !canRead,
    fetchPolicy: 'cache-and-network',
  });
  if (!canRead) {
    return (
      <section aria-labelledby="feed">
        <Title order={2} size="h3" id="feed" mb="xs">
          {t('groups.feed.title')}
        </Title>
        <Text size="sm">{t('groups.feed.hidden')}</Text>
      </section>
    );
  }
  const feed = data?.groupFeed;
  return (
    <section aria-labelledby="feed">
      <Title order={2} size="h3" id="feed" mb="sm">
        {t('groups.feed.title')}
      </Title>
      {canWrite ? (
        <Composer groupId={groupId} isCoordinator={isCoordinator} />
      ) : (
        <Text size="sm" mb="sm">
          {t('groups.feed.joinToWrite')}
        </Text>
      )}
      {!data && loading && <Loader role="status" aria-label={t('app.loading')} />}
      {feed && feed.edges.length === 0 && <Text>{t('groups.feed.empty')}</Text>}
      <Stack gap="md" component="ol" className="plain-list" mt="md">
        {feed?.edges.map(({ node }) => (
          <li key={node.id}>
            <PostCard post={node} replies={node.replies} canWrite={canWrite} isCoordinator={isCoordinator} />
          </li>
        ))}
      </Stack>
      {feed?.pageInfo.hasNextPage && (
        <Row justify="center" mt="md">
          <Button variant="light" onClick={() => void fetchMore({ variables: { after: feed.pageInfo.endCursor } })}>
            {t('groups.feed.more')}
          </Button>
        </Row>
      )}
    </section>
  );
}

function Composer({ groupId, isCoordinator }: { groupId: string; isCoordinator: boolean }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [announcement, setAnnouncement] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [create, createState] = useMutation(CreatePostDocument, { refetchQueries: ['GroupFeed'], awaitRefetchQueries: true });
  const publish = async () => {
    setNotice(null);
    try {
      await create({ variables: { groupId, body: body.trim(), announcement } });
      setBody('');
      setAnnouncement(false);
      setNotice({ ok: true, text: t('groups.feed.published') });
    } catch (error) {
      setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
    }
  };
  return (
    <Paper withBorder p="md">
      <MarkdownEditor label={t('groups.feed.body')} value={body} onChange={setBody} maxLength={20000} />
      {notice && (
        <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'} mt="sm">
          {notice.text}
        </Alert>
      )}
      <Row justify="space-between" mt="sm">
        {isCoordinator ? (
          <Checkbox
            label={t('groups.feed.announcement')}
            checked={announcement}
            onChange={(e) => setAnnouncement(e.currentTarget.checked)}
          />
        ) : (
          <span />
        )}
        <Button onClick={() => void publish()} loading={createState.loading} disabled={!body.trim()}>
          {t('groups.feed.publish')}
        </Button>
      </Row>
    </Paper>
  );
}

function PostCard({
  post,
  replies,
  canWrite,
  isCoordinator,
}: {
  post: PostFieldsFragment;
  replies: PostFieldsFragment[];
  canWrite: boolean;
  isCoordinator: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [send, sendState] = useMutation(ReplyToPostDocument, { refetchQueries: ['GroupFeed'], awaitRefetchQueries: true });
  const [pin] = useMutation(PinPostDocument, { refetchQueries: ['GroupFeed'], awaitRefetchQueries: true });
  const [react] = useMutation(ReactToPostDocument);
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(post.createdAt),
  );
  const author = post.author?.displayName ?? '—';
  const viewerId = useSession().account?.id ?? null;
  return (
    <Paper withBorder p="md" component="article" aria-label={`${author}, ${date}`}>
      <Row justify="space-between" align="flex-start" mb={4}>
        <Text fw={700}>{author}</Text>
        <Row gap={6}>
          {post.announcement && <Badge color="#8a3300">{t('groups.feed.announcementBadge')}</Badge>}
          {post.pinned && <Badge variant="light">{t('groups.feed.pinned')}</Badge>}
        </Row>
      </Row>
      <Text size="xs" c="dimmed" mb="xs">
        {date}
        {post.editedAt ? ` · ${t('groups.feed.edited')}` : ''}
      </Text>
      <PostContent post={post} viewerId={viewerId} isCoordinator={isCoordinator} />
      <Row gap={6} mt="xs">
        {REACTIONS.map((r) => {
          const count = post.reactions.find((x) => x.reaction === r);
          return (
            <Button
              key={r}
              size="compact-xs"
              variant={count?.mine ? 'filled' : 'default'}
              aria-pressed={count?.mine ?? false}
              disabled={!canWrite}
              onClick={() => void react({ variables: { postId: post.id, reaction: r, on: !count?.mine } })}
            >
              {t(`groups.feed.reactions.${r}`)}
              {count ? ` · ${count.count}` : ''}
            </Button>
          );
        })}
        {canWrite && (
          <Button size="compact-xs" variant="subtle" onClick={() => setReplying((v) => !v)} aria-expanded={replying}>
            {t('groups.feed.reply')}
          </Button>
        )}
        {canWrite && <ReportButton targetId={post.id} />}
        {isCoordinator && (
          <Button size="compact-xs" variant="subtle" onClick={() => void pin({ variables: { postId: post.id, pinned: !post.pinned } })}>
            {post.pinned ? t('groups.feed.unpin') : t('groups.feed.pin')}
          </Button>
        )}
      </Row>
      {replies.length > 0 && (
        <Stack
          gap="xs"
          mt="sm"
          pl="md"
          style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}
          component="ol"
          className="plain-list"
        >
          {replies.map((r) => (
            <li key={r.id}>
              <article aria-label={`${t('groups.feed.reply')} : ${r.author?.displayName ?? '—'}`}>
                <Text size="sm" fw={600}>
                  {r.author?.displayName ?? '—'}
                </Text>
                <PostContent post={r} viewerId={viewerId} isCoordinator={isCoordinator} />
                {canWrite && !r.hiddenByModeration && <ReportButton targetId={r.id} />}
              </article>
            </li>
          ))}
        </Stack>
      )}
      {replying && (
        <Stack gap="xs" mt="sm">
          <Textarea
            label={t('groups.feed.replyLabel', { name: author })}
            value={reply}
            onChange={(e) => setReply(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={20000}
          />
          <Row justify="flex-end">
            <Button
              size="xs"
              loading={sendState.loading}
              disabled={!reply.trim()}
              onClick={async () => {
                await send({ variables: { postId: post.id, body: reply.trim() } });
                setReply('');
                setReplying(false);
              }}
            >
              {t('groups.feed.send')}
            </Button>
          </Row>
        </Stack>
      )}
    </Paper>
  );
}
