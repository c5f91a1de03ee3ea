import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group as Row, Modal, Text } from '@mantine/core';
import { DeleteEventDocument, toApiProblem } from '@mouvement/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Deletes an event after a confirmation dialog that names it; the event then leaves every list. */
export function DeleteEventButton({ eventId, title, onDeleted }: { eventId: string; title: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, state] = useMutation(DeleteEventDocument, {
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'GroupEvent', id: eventId }) });
      cache.gc();
    },
  });
  const confirm = async () => {
    setProblem(null);
    try {
      await remove({ variables: { eventId } });
      setOpen(false);
      onDeleted();
    } catch (error) {
      setProblem(toApiProblem(error, t('app.error')).message);
    }
  };
  return (
    <>
      <Button size="xs" color="red.9" variant="outline" onClick={() => setOpen(true)}>
        {t('groups.events.delete')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('groups.events.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('groups.events.deleteClose') }}
        centered
      >
        <Text mb="sm">{t('groups.events.deleteLead', { title })}</Text>
        {problem && (
          <Alert color="red" role="alert" mb="sm">
            {problem}
          </Alert>
        )}
        <Row justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('groups.events.deleteCancel')}
          </Button>
          <Button color="red.9" loading={state.loading} onClick={() => void confirm()}>
            {t('groups.events.deleteConfirm')}
          </Button>
        </Row>
      </Modal>
    </>
  );
}
