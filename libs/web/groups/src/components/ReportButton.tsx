import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { ReportContentDocument, toApiProblem } from '@mouvement/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Signaler": a reason, sent to the coordinators' queue (admins' for practices shared in no group). */
export function ReportButton({
  targetId,
  targetType = 'POST',
}: {
  targetId: string;
  targetType?: 'POST' | 'EVENT' | 'PRACTICE_COMMENT' | 'PRACTICE';
}) {
  const sheet = targetType === 'PRACTICE';
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [report, state] = useMutation(ReportContentDocument);
  if (notice?.ok) {
    return (
      <Alert color="green" role="status" py={4}>
        {notice.text}
      </Alert>
    );
  }
  if (!open) {
    return (
      <Button size="compact-xs" variant="subtle" color="gray" c="#495057" onClick={() => setOpen(true)} aria-expanded={false}>
        {t(sheet ? 'groups.moderation.reportPractice' : 'groups.moderation.report')}
      </Button>
    );
  }
  return (
    <Stack gap="xs" w="100%">
      {notice && (
        <Alert color="red" role="alert">
          {notice.text}
        </Alert>
      )}
      <Textarea
        label={t(sheet ? 'groups.moderation.reasonPractice' : 'groups.moderation.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
      />
      <Button
        size="xs"
        variant="light"
        disabled={reason.trim().length < 3}
        loading={state.loading}
        onClick={async () => {
          try {
            await report({ variables: { targetType, targetId, reason: reason.trim() } });
            setNotice({ ok: true, text: t('groups.moderation.sent') });
          } catch (error) {
            setNotice({ ok: false, text: toApiProblem(error, t('app.error')).message });
          }
        }}
      >
        {t('groups.moderation.send')}
      </Button>
    </Stack>
  );
}
