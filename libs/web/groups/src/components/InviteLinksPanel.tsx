import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, CopyButton, Group as Row, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  CreateGroupInviteLinkDocument,
  GroupInviteLinksDocument,
  RevokeGroupInviteLinkDocument,
  toApiProblem,
  type GroupInviteLinkFieldsFragment,
} from '@mouvement/web-data-access';
import { useLocale } from '@mouvement/web-accounts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shareable invitation links, for the group's coordinators: created on purpose (emailed
 * invitations are for one address), shown once, listed with their uses, revocable.
 */
export function InviteLinksPanel({ slug, groupId }: { slug: string; groupId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = useQuery(GroupInviteLinksDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: ['GroupInviteLinks', 'GroupAuditLog'], awaitRefetchQueries: true };
  const [create, createState] = useMutation(CreateGroupInviteLinkDocument, refetch);
  const [revoke, revokeState] = useMutation(RevokeGroupInviteLinkDocument, refetch);
  const [created, setCreated] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<GroupInviteLinkFieldsFragment | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' });
  const links = data?.group?.inviteLinks ?? [];

  const createLink = async () => {
    setNotice(null);
    try {
      const result = await create({ variables: { groupId } });
      if (result.data) setCreated(result.data.createGroupInviteLink.url);
    } catch (error) {
      setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
    }
  };
  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { linkId: revoking.id } });
      setNotice({ ok: true, text: t('groups.inviteLinks.revoked') });
    } catch (error) {
      setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
    }
    setRevoking(null);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invite-links" mt="xl">
      <Title order={2} size="h3" id="invite-links" mb="xs">
        {t('groups.inviteLinks.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('groups.inviteLinks.lead')}
      </Text>
      {notice && (
        <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'} mb="sm">
          {notice.text}
        </Alert>
      )}
      <Button onClick={() => void createLink()} loading={createState.loading}>
        {t('groups.inviteLinks.create')}
      </Button>
      <Title order={3} size="h4" mt="lg" mb="xs">
        {t('groups.inviteLinks.active')}
      </Title>
      {data && links.length === 0 && <Text size="sm">{t('groups.inviteLinks.none')}</Text>}
      <Stack gap="xs" component="ul" className="plain-list">
        {links.map((link) => (
          <Paper withBorder p="sm" key={link.id} component="li">
            <Row justify="space-between" align="center" wrap="wrap" gap="xs">
              <div>
                <Text size="sm" fw={600}>
                  {t('groups.inviteLinks.createdOn', { date: format.format(new Date(link.createdAt)) })}
                </Text>
                <Text size="sm">
                  {link.createdByName ? t('groups.inviteLinks.by', { name: link.createdByName }) : ''}
                  {link.createdByName ? ' · ' : ''}
                  {t('groups.inviteLinks.uses', { count: link.useCount })}
                  {link.lastUsedAt ? ` · ${t('groups.inviteLinks.lastUsed', { date: format.format(new Date(link.lastUsedAt)) })}` : ''}
                </Text>
              </div>
              <Button
                size="xs"
                variant="default"
                aria-label={t('groups.inviteLinks.revokeOne', { date: format.format(new Date(link.createdAt)) })}
                onClick={() => setRevoking(link)}
              >
                {t('groups.inviteLinks.revoke')}
              </Button>
            </Row>
          </Paper>
        ))}
      </Stack>

      <Modal
        opened={created !== null}
        onClose={() => setCreated(null)}
        title={t('groups.inviteLinks.createdTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('groups.inviteLinks.closeDialog') }}
      >
        <Stack>
          <Alert color="yellow" role="status">
            {t('groups.inviteLinks.createdWarning')}
          </Alert>
          <TextInput label={t('groups.inviteLinks.address')} value={created ?? ''} readOnly onFocus={(e) => e.currentTarget.select()} />
          <Row justify="flex-end">
            <CopyButton value={created ?? ''}>
              {({ copied, copy }) => (
                <Button onClick={copy} variant={copied ? 'light' : 'filled'} aria-live="polite">
                  {copied ? t('groups.inviteLinks.copied') : t('groups.inviteLinks.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={() => setCreated(null)}>
              {t('groups.inviteLinks.close')}
            </Button>
          </Row>
        </Stack>
      </Modal>

      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('groups.inviteLinks.revokeTitle')}
        closeButtonProps={{ 'aria-label': t('groups.inviteLinks.closeDialog') }}
      >
        <Stack>
          <Text size="sm">{t('groups.inviteLinks.revokeText')}</Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('groups.inviteLinks.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void confirmRevoke()} loading={revokeState.loading}>
              {t('groups.inviteLinks.revokeConfirm')}
            </Button>
          </Row>
        </Stack>
      </Modal>
    </Paper>
  );
}
