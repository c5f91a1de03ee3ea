import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group as Row, List, Menu, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  AppointCoordinatorDocument,
  BanMemberDocument,
  GroupAuditLogDocument,
  InviteToGroupDocument,
  RemoveMemberDocument,
  RevokeCoordinatorDocument,
  toApiProblem,
} from '@mouvement/web-data-access';
import { useLocale } from '@mouvement/web-accounts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface MemberLine {
  id: string;
  role: string;
  member: { id: string; displayName: string };
}

/** Actions a coordinator takes on one member of the group. */
export function MemberActions({
  groupId,
  membership,
  onNotice,
}: {
  groupId: string;
  membership: MemberLine;
  onNotice: (n: { ok: boolean; text: string }) => void;
}) {
  const { t } = useTranslation();
  const refetch = { refetchQueries: ['Group', 'GroupAuditLog'], awaitRefetchQueries: true };
  const [appoint] = useMutation(AppointCoordinatorDocument, refetch);
  const [revoke] = useMutation(RevokeCoordinatorDocument, refetch);
  const [remove] = useMutation(RemoveMemberDocument, refetch);
  const [ban] = useMutation(BanMemberDocument, refetch);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onNotice({ ok: true, text: t('groups.manage.done') });
    } catch (error) {
      onNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
    }
  };
  const vars = { variables: { membershipId: membership.id } };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="subtle" aria-label={`Actions : ${membership.member.displayName}`}>
          …
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {membership.role === 'COORDINATOR' ? (
          <Menu.Item onClick={() => void run(() => revoke(vars))}>{t('groups.manage.revoke')}</Menu.Item>
        ) : (
          <Menu.Item onClick={() => void run(() => appoint(vars))}>{t('groups.manage.appoint')}</Menu.Item>
        )}
        <Menu.Item onClick={() => void run(() => remove(vars))}>{t('groups.manage.remove')}</Menu.Item>
        <Menu.Item color="red.9" onClick={() => void run(() => ban({ variables: { groupId, accountId: membership.member.id } }))}>
          {t('groups.manage.ban')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Invitations by email and the coordination log. */
export function CoordinatorPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [emails, setEmails] = useState('');
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [invite, inviteState] = useMutation(InviteToGroupDocument, { refetchQueries: ['GroupAuditLog'] });
  const { data } = useQuery(GroupAuditLogDocument, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="invite">
        <Title order={2} size="h4" id="invite" mb="xs">
          {t('groups.manage.invite')}
        </Title>
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'} mb="xs">
            {notice.text}
          </Alert>
        )}
        <Textarea
          label={t('groups.manage.inviteLabel')}
          description={t('groups.manage.inviteHint')}
          value={emails}
          onChange={(e) => setEmails(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Row justify="flex-end" mt="xs">
          <Button
            size="xs"
            loading={inviteState.loading}
            disabled={!emails.trim()}
            onClick={async () => {
              try {
                const list = emails
                  .split(/[\s,;]+/)
                  .map((e) => e.trim())
                  .filter(Boolean);
                const { data: sent } = await invite({ variables: { groupId, emails: list } });
                setNotice({ ok: true, text: t('groups.manage.invited', { count: sent?.inviteToGroup ?? 0 }) });
                setEmails('');
              } catch (error) {
                setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
              }
            }}
          >
            {t('groups.manage.inviteSend')}
          </Button>
        </Row>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="audit">
        <Title order={2} size="h4" id="audit" mb="xs">
          {t('groups.manage.audit')}
        </Title>
        {data && data.groupAuditLog.length === 0 && <Text size="sm">{t('groups.manage.auditEmpty')}</Text>}
        <List size="sm" spacing={4}>
          {data?.groupAuditLog.slice(0, 30).map((l) => (
            <List.Item key={l.id}>
              {format.format(new Date(l.createdAt))} — {l.actorName ?? ''} {t(`groups.manage.actions.${l.action}`)}{' '}
              {l.targetName ?? l.detail ?? ''}
            </List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
