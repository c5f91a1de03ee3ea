import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, Group as Row, List, Stack, Text, Typography } from '@mantine/core';
import {
  DeletePostDocument,
  EditPostDocument,
  PostRevisionsDocument,
  toApiProblem,
  type PostFieldsFragment,
} from '@mouvement/web-data-access';
import { useLocale } from '@mouvement/web-accounts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownEditor } from './MarkdownEditor';

export interface PostContentProps {
  post: PostFieldsFragment;
  viewerId: string | null;
  isCoordinator: boolean;
}

/**
 * A post's or reply's body, with what its author (edit, delete, history) and the coordinators
 * (delete, history) can do with it. Edits keep the earlier versions, which the history lists.
 */
export function PostContent({ post, viewerId, isCoordinator }: PostContentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const mine = viewerId !== null && post.authorId === viewerId;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const [problem, setProblem] = useState<string | null>(null);
  const [edit, editState] = useMutation(EditPostDocument);
  const [remove, removeState] = useMutation(DeletePostDocument, { refetchQueries: ['GroupFeed'], awaitRefetchQueries: true });
  const [loadHistory, history] = useLazyQuery(PostRevisionsDocument, { fetchPolicy: 'network-only' });
  const [showHistory, setShowHistory] = useState(false);
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(toApiProblem(error, t('app.error')).message);
      return false;
    }
  };
  if (post.hiddenByModeration && !post.bodyHtml) {
    return (
      <Text size="sm" fs="italic">
        {t('groups.moderation.hidden')}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {editing ? (
        <>
          <MarkdownEditor label={t('groups.feed.editLabel')} value={draft} onChange={setDraft} maxLength={20000} minRows={2} />
          <Row justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              {t('groups.feed.cancel')}
            </Button>
            <Button
              size="xs"
              loading={editState.loading}
              disabled={!draft.trim() || draft.trim() === post.body}
              onClick={async () => {
                if (await run(() => edit({ variables: { postId: post.id, body: draft.trim() } }))) setEditing(false);
              }}
            >
              {t('groups.feed.saveEdit')}
            </Button>
          </Row>
        </>
      ) : (
        <Typography>
          <div className="post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        </Typography>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {!editing && (mine || isCoordinator) && (
        <Row gap={4}>
          {mine && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => {
                setDraft(post.body);
                setEditing(true);
              }}
            >
              {t('groups.feed.edit')}
            </Button>
          )}
          {post.editedAt && (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-expanded={showHistory}
              onClick={() => {
                if (!showHistory) void loadHistory({ variables: { postId: post.id } });
                setShowHistory((v) => !v);
              }}
            >
              {t('groups.feed.history')}
            </Button>
          )}
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            c="#b02525"
            loading={removeState.loading}
            onClick={() => {
              if (window.confirm(t('groups.feed.confirmDelete'))) void run(() => remove({ variables: { postId: post.id } }));
            }}
          >
            {t('groups.feed.delete')}
          </Button>
        </Row>
      )}
      {showHistory && history.data && (
        <section aria-label={t('groups.feed.history')}>
          <List size="sm" spacing={4}>
            {history.data.postRevisions.map((r) => (
              <List.Item key={r.createdAt}>
                <Text size="xs" c="dimmed">
                  {t('groups.feed.versionOf', { date: format.format(new Date(r.createdAt)) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.body}
                </Text>
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
