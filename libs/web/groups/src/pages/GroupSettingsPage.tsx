import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Loader, Paper, Stack, Title } from '@mantine/core';
import { GroupDocument, toApiProblem, UpdateGroupDocument, type GroupQuery } from '@mouvement/web-data-access';
import type { GroupVisibility, JoinPolicy, Theme } from '@mouvement/shared-domain';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { GroupNotFound } from '../components/GroupNotFound';
import { GroupSettingsFields, settingsInput, type GroupSettingsValues } from '../components/GroupSettingsFields';
import { InviteLinksPanel } from '../components/InviteLinksPanel';

type GroupData = NonNullable<GroupQuery['group']>;

/** Coordinators and admins change a group's name, themes, presentation, charter and how to join it, and manage its invitation links. */
export function GroupSettingsPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading } = useQuery(GroupDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const group = data?.group;
  usePageTitle(group ? t('groups.settings.titleOf', { name: group.name }) : t('groups.settings.title'));
  if (!data && loading) return <Loader role="status" m="xl" aria-label={t('app.loading')} />;
  if (!group) return <GroupNotFound />;
  return (
    <Container size="sm" py="xl">
      <Anchor component={Link} to={`/groupes/${group.slug}`} size="sm">
        ← {t('groups.dashboard.back')}
      </Anchor>
      <Title order={1} mt="xs" mb="lg">
        {t('groups.settings.titleOf', { name: group.name })}
      </Title>
      {/* pendingRequests is given to the group's coordinators and admins only. */}
      {group.pendingRequests ? (
        <>
          <SettingsForm key={group.id} group={group} />
          <InviteLinksPanel slug={group.slug} groupId={group.id} />
        </>
      ) : (
        <Alert color="gray" role="status">
          {t('groups.settings.forbidden')}
        </Alert>
      )}
    </Container>
  );
}

function SettingsForm({ group }: { group: GroupData }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<GroupSettingsValues>({
    name: group.name,
    themes: group.themes as Theme[],
    description: group.description ?? '',
    charter: group.charter ?? '',
    questions: group.joinQuestions.join('\n'),
    visibility: group.visibility as GroupVisibility,
    joinPolicy: group.joinPolicy as JoinPolicy,
  });
  const [update, state] = useMutation(UpdateGroupDocument);
  const [notice, setNotice] = useState<{ ok: boolean; text: string; fields: Record<string, string> } | null>(null);
  const save = async () => {
    setNotice(null);
    try {
      await update({ variables: { groupId: group.id, input: settingsInput(values) } });
      setNotice({ ok: true, text: t('groups.settings.saved'), fields: {} });
    } catch (error) {
      const problem = toApiProblem(error, t('app.error'));
      setNotice({ ok: false, text: problem.message, fields: problem.fields });
    }
  };
  return (
    <Paper withBorder p="lg">
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        )}
        <GroupSettingsFields values={values} onChange={setValues} errors={notice?.fields ?? {}} />
        <Button type="submit" size="md" loading={state.loading} disabled={values.name.trim().length < 2}>
          {t('groups.settings.save')}
        </Button>
      </Stack>
    </Paper>
  );
}
