import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, FileInput, Group, Image, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import {
  RemovePracticeFileDocument,
  uploadFile,
  UploadProblem,
  useSessionStore,
  type PracticeFieldsFragment,
} from '@mouvement/web-data-access';
import { FILE_LIMITS } from '@mouvement/shared-domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function fileSize(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${format.format(bytes / 1024 / 1024)} Mo` : `${format.format(Math.max(1, bytes / 1024))} ko`;
}

/** The practice's attachments as download links (on its page). */
export function AttachmentList({ practice }: { practice: PracticeFieldsFragment }) {
  const { t, i18n } = useTranslation();
  if (!practice.attachments.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attachments">
      <Title order={2} size="h4" id="attachments" mb="xs">
        {t('practices.files.attachments')}
      </Title>
      <List size="sm" spacing={4}>
        {practice.attachments.map((a) => (
          <List.Item key={a.id}>
            <Anchor href={a.url}>
              {t('practices.files.download', {
                name: a.name,
                type: a.mimeType === 'application/pdf' ? 'PDF' : a.mimeType.replace('image/', '').toUpperCase(),
                size: fileSize(a.sizeBytes, i18n.language),
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

/** Cover and attachments in the editor: sent one by one with a progress bar. */
export function PracticeFilesEditor({ practice }: { practice: PracticeFieldsFragment | null }) {
  const { t, i18n } = useTranslation();
  const session = useSessionStore();
  const client = useApolloClient();
  const [progress, setProgress] = useState<{ name: string; value: number } | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [remove] = useMutation(RemovePracticeFileDocument, { refetchQueries: ['Practice'], awaitRefetchQueries: true });
  if (!practice) {
    return (
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="xs">
          {t('practices.files.title')}
        </Title>
        <Text size="sm">{t('practices.files.saveFirst')}</Text>
      </Paper>
    );
  }
  const send = async (file: File | null, kind: 'couverture' | 'piece-jointe') => {
    if (!file) return;
    setNotice(null);
    if (file.size > FILE_LIMITS.maxBytes) {
      setNotice({ ok: false, text: t('practices.files.tooBig') });
      return;
    }
    setProgress({ name: file.name, value: 0 });
    try {
      await uploadFile(
        session,
        `/pratiques/${practice.id}/fichiers?type=${kind}&nom=${encodeURIComponent(file.name)}`,
        file,
        i18n.language,
        (value) => setProgress({ name: file.name, value }),
      );
      await client.refetchQueries({ include: ['Practice'] });
      setNotice({ ok: true, text: t('practices.files.uploaded', { name: file.name }) });
    } catch (error) {
      const problem = error instanceof UploadProblem ? error : null;
      setNotice({ ok: false, text: problem?.status === 413 ? t('practices.files.tooBig') : (problem?.message ?? t('app.error')) });
    } finally {
      setProgress(null);
    }
  };
  const full = practice.attachments.length >= FILE_LIMITS.attachmentsMax;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="files-title">
      <Title order={2} size="h3" id="files-title" mb="sm">
        {t('practices.files.title')}
      </Title>
      <Stack gap="sm">
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        )}
        {progress && (
          <div>
            <Text size="sm" id="upload-progress">
              {t('practices.files.progress', { name: progress.name })}
            </Text>
            <Progress value={Math.round(progress.value * 100)} aria-labelledby="upload-progress" animated />
          </div>
        )}
        {practice.cover && <Image src={practice.cover.url} alt="" h={160} w="auto" fit="contain" radius="sm" />}
        <FileInput
          label={t('practices.files.chooseCover')}
          description={t('practices.files.coverHint')}
          accept="image/jpeg,image/png,image/webp,image/gif"
          value={null}
          onChange={(file) => void send(file, 'couverture')}
          disabled={!!progress}
          clearable={false}
        />
        <Text fw={600} size="sm" mt="sm">
          {t('practices.files.attachments')}
        </Text>
        {practice.attachments.length > 0 && (
          <List size="sm" spacing={4}>
            {practice.attachments.map((a) => (
              <List.Item key={a.id}>
                <Group gap="xs">
                  <Anchor href={a.url}>{a.name}</Anchor>
                  <Text size="xs">({fileSize(a.sizeBytes, i18n.language)})</Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('practices.files.remove', { name: a.name })}
                    onClick={async () => {
                      await remove({ variables: { fileId: a.id } });
                      setNotice({ ok: true, text: t('practices.files.removed') });
                    }}
                  >
                    ✕
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <FileInput
          label={t('practices.files.chooseAttachment')}
          description={full ? t('practices.files.full') : t('practices.files.attachmentsHint')}
          accept="image/jpeg,image/png,image/webp,image/gif,application/pdf"
          value={null}
          onChange={(file) => void send(file, 'piece-jointe')}
          disabled={!!progress || full}
          clearable={false}
        />
      </Stack>
    </Paper>
  );
}
