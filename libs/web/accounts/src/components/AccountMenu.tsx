import { Anchor, Button, Group } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useSession, useSessionStore } from '@mouvement/web-data-access';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

/** The header's right side: sign-in and sign-up links, or the profile link and sign-out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const store = useSessionStore();
  const client = useApolloClient();
  const navigate = useNavigate();
  if (session.status === 'unknown') return null;
  if (session.status === 'anonymous') {
    return (
      <Group gap="xs" wrap="nowrap">
        <Anchor component={Link} to="/connexion" size="sm">
          {t('nav.signIn')}
        </Anchor>
        <Button component={Link} to="/inscription" size="compact-sm">
          {t('nav.signUp')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor component={Link} to="/profil" size="sm">
        {session.account?.displayName ?? t('nav.profile')}
      </Anchor>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={async () => {
          await store.signOut();
          await client.clearStore();
          void navigate('/');
        }}
      >
        {t('nav.signOut')}
      </Button>
    </Group>
  );
}
