import { Container, Text, Title } from '@mantine/core';
import { useSession } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { ReportQueue } from '../components/ReportQueue';

/** Admins' moderation queue: every open report, those of practices shared in no group included. */
export function ModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('groups.moderation.adminTitle'));
  const session = useSession();
  return (
    <Container size="md" py="xl">
      <Title order={1} mb="xs">
        {t('groups.moderation.adminTitle')}
      </Title>
      <Text mb="lg">{t('groups.moderation.adminLead')}</Text>
      {session.account?.role === 'ADMIN' ? <ReportQueue /> : <Text>{t('groups.moderation.adminOnly')}</Text>}
    </Container>
  );
}
