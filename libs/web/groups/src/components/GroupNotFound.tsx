import { Anchor, Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What the group pages show for an address that leads to no group. */
export function GroupNotFound() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py="xl">
      <Title order={1}>{t('groups.notFound')}</Title>
      <Anchor component={Link} to="/groupes">
        {t('groups.title')}
      </Anchor>
    </Container>
  );
}
