import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Textarea, Title, Typography } from '@mantine/core';
import {
  CommentOnPracticeDocument,
  DeletePracticeCommentDocument,
  EditPracticeCommentDocument,
  PracticeCommentsDocument,
  ReactToPracticeDocument,
  ReplyToPracticeCommentDocument,
  toApiProblem,
  useSession,
  type PracticeCommentFieldsFragment,
  type PracticeFieldsFragment,
} from '@mouvement/web-data-access';
import { COMMENT_LIMITS, PracticeReaction } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { MarkdownEditor, ReportButton } from '@mouvement/web-groups';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** "Utile" and "Inspirante": one of each per member, pressed or not. */
export function PracticeReactions({ practice }: { practice: PracticeFieldsFragment }) {
  const { t } = useTranslation();
  const session = useSession();
  const [react, state] = useMutation(ReactToPracticeDocument);
  if (practice.status !== 'PUBLISHED') return null;
  const reactions: [PracticeReaction, string, number][] = [
    [PracticeReaction.USEFUL, t('practices.conversation.useful'), practice.usefulCount],
    [PracticeReaction.INSPIRING, t('practices.conversation.inspiring'), practice.inspiringCount],
  ];
  if (session.status !== 'signedIn') return <Text size="sm">{t('practices.conversation.signInToReact')}</Text>;
  return (
    <Group gap="xs" role="group" aria-label={t('practices.conversation.reactionsLabel')} className="no-print">
      {reactions.map(([reaction, label, count]) => {
        const mine = practice.viewerReactions.includes(reaction);
        return (
          <Button
            key={reaction}
            size="xs"
            variant={mine ? 'filled' : 'default'}
            aria-pressed={mine}
            disabled={state.loading}
            onClick={() => void react({ variables: { practiceId: practice.id, reaction, on: !mine } })}
          >
            {label} · {count}
          </Button>
        );
      })}
    </Group>
  );
}

/** Comments with one level of replies; authors edit (history kept) and delete their own. */
export function PracticeConversation({ practice }: { practice: PracticeFieldsFragment }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const { data, loading, fetchMore } = useQuery(PracticeCommentsDocument, {
    variables: { practiceId: practice.id, first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [comment, state] = useMutation(CommentOnPracticeDocument, {
    refetchQueries: ['PracticeComments', 'Practice'],
    awaitRefetchQueries: true,
  });
  const connection = data?.practiceComments;
  return (
    <section aria-labelledby="comments" className="no-print">
      <Title order={2} size="h3" id="comments" mb="sm">
        {t('practices.conversation.title')} {connection ? `(${practice.commentCount})` : ''}
      </Title>
      {!connection && loading && <Loader role="status" size="sm" aria-label={t('app.loading')} />}
      {connection && connection.edges.length === 0 && <Text size="sm">{t('practices.conversation.none')}</Text>}
      <Stack gap="sm" component="ol" className="plain-list">
        {connection?.edges.map(({ node }) => (
          <li key={node.id}>
            <CommentCard
              comment={node}
              replies={node.replies}
              canReply={session.status === 'signedIn' && practice.status === 'PUBLISHED'}
            />
          </li>
        ))}
      </Stack>
      {connection?.pageInfo.hasNextPage && (
        <Button variant="light" mt="sm" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('practices.conversation.more')}
        </Button>
      )}
      {practice.status === 'PUBLISHED' &&
        (session.status === 'signedIn' ? (
          <Paper withBorder p="md" mt="md">
            {notice && (
              <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'} mb="sm">
                {notice.text}
              </Alert>
            )}
            <MarkdownEditor
              label={t('practices.conversation.write')}
              value={body}
              onChange={setBody}
              maxLength={COMMENT_LIMITS.bodyMax}
              minRows={2}
            />
            <Group justify="flex-end" mt="sm">
              <Button
                loading={state.loading}
                disabled={!body.trim()}
                onClick={async () => {
                  setNotice(null);
                  try {
                    await comment({ variables: { practiceId: practice.id, body: body.trim() } });
                    setBody('');
                    setNotice({ ok: true, text: t('practices.conversation.sent') });
                  } catch (error) {
                    setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
                  }
                }}
              >
                {t('practices.conversation.send')}
              </Button>
            </Group>
          </Paper>
        ) : (
          <Text size="sm" mt="md">
            <Anchor component={Link} to={`/connexion?suite=${encodeURIComponent(location.pathname)}`}>
              {t('practices.conversation.signIn')}
            </Anchor>
          </Text>
        ))}
    </section>
  );
}

function CommentCard({
  comment,
  replies,
  canReply,
}: {
  comment: PracticeCommentFieldsFragment;
  replies?: PracticeCommentFieldsFragment[];
  canReply: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [mode, setMode] = useState<'read' | 'edit' | 'reply'>('read');
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refetch = { refetchQueries: ['PracticeComments', 'Practice'], awaitRefetchQueries: true };
  const [edit, editState] = useMutation(EditPracticeCommentDocument);
  const [reply, replyState] = useMutation(ReplyToPracticeCommentDocument, refetch);
  const [remove] = useMutation(DeletePracticeCommentDocument, refetch);
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(comment.createdAt),
  );
  const name = comment.author?.displayName ?? '—';
  const canReport = useSession().status === 'signedIn';
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      setMode('read');
      setDraft('');
    } catch (error) {
      setProblem(toApiProblem(error, t('app.error')).message);
    }
  };
  return (
    <Paper withBorder={!comment.parentId} p={comment.parentId ? 0 : 'md'} component="article" aria-label={`${name}, ${date}`}>
      <Text fw={700} size="sm">
        {name}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {date}
        {comment.editedAt ? ` · ${t('practices.conversation.edited')}` : ''}
      </Text>
      {comment.hiddenByModeration && !comment.bodyHtml ? (
        <Text size="sm" fs="italic">
          {t('practices.conversation.hidden')}
        </Text>
      ) : mode === 'edit' ? (
        <DraftForm
          label={t('practices.conversation.editLabel')}
          draft={draft}
          onDraft={setDraft}
          onCancel={() => setMode('read')}
          submitLabel={t('practices.conversation.save')}
          loading={editState.loading}
          onSubmit={() => void run(() => edit({ variables: { commentId: comment.id, body: draft.trim() } }))}
        />
      ) : (
        <Typography>
          <div className="post-body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
        </Typography>
      )}
      {problem && (
        <Alert color="red" role="alert" mt="xs">
          {problem}
        </Alert>
      )}
      {mode === 'read' && (
        <Group gap={4} mt={4}>
          {canReply && !comment.parentId && (
            <Button size="compact-xs" variant="subtle" onClick={() => setMode('reply')}>
              {t('practices.conversation.reply')}
            </Button>
          )}
          {canReport && !comment.viewerIsAuthor && !comment.hiddenByModeration && (
            <ReportButton targetId={comment.id} targetType="PRACTICE_COMMENT" />
          )}
          {comment.viewerIsAuthor && (
            <>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => {
                  setDraft(comment.body);
                  setMode('edit');
                }}
              >
                {t('practices.conversation.edit')}
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                c="#b02525"
                onClick={() => {
                  if (window.confirm(t('practices.conversation.confirmDelete')))
                    void run(() => remove({ variables: { commentId: comment.id } }));
                }}
              >
                {t('practices.conversation.delete')}
              </Button>
            </>
          )}
        </Group>
      )}
      {replies && replies.length > 0 && (
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
              <CommentCard comment={r} canReply={false} />
            </li>
          ))}
        </Stack>
      )}
      {mode === 'reply' && (
        <DraftForm
          mt="sm"
          label={t('practices.conversation.replyLabel', { name })}
          maxLength={COMMENT_LIMITS.bodyMax}
          draft={draft}
          onDraft={setDraft}
          onCancel={() => setMode('read')}
          submitLabel={t('practices.conversation.sendReply')}
          loading={replyState.loading}
          onSubmit={() => void run(() => reply({ variables: { commentId: comment.id, body: draft.trim() } }))}
        />
      )}
    </Paper>
  );
}

/** A comment's edit or reply box: the text, "Annuler", and a button that needs some text. */
function DraftForm(props: {
  label: string;
  draft: string;
  onDraft: (value: string) => void;
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
  onSubmit: () => void;
  maxLength?: number;
  mt?: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mt={props.mt}>
      <Textarea
        label={props.label}
        autosize
        minRows={2}
        maxLength={props.maxLength}
        value={props.draft}
        onChange={(e) => props.onDraft(e.currentTarget.value)}
      />
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={props.onCancel}>
          {t('practices.conversation.cancel')}
        </Button>
        <Button size="xs" loading={props.loading} disabled={!props.draft.trim()} onClick={props.onSubmit}>
          {props.submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
