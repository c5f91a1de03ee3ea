import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { useSessionStore } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthCard } from '../components/AuthCard';
import { takeAfterConfirmation } from '../hooks/afterConfirmation';
import { useVerifyEmail } from '../hooks/useAccountMutations';

/** The confirmation link: it confirms the address and signs the person in, then lands on their profile. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts.verify.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSessionStore();
  const [verify] = useVerifyEmail();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  const token = params.get('token');

  useEffect(() => {
    if (started.current) return; // a link is used once, even under StrictMode's double effects
    started.current = true;
    if (!token) {
      setFailed(true);
      return;
    }
    verify({ variables: { token } })
      .then(({ data }) => {
        if (!data) throw new Error('no session');
        session.signedIn(data.verifyEmail);
        void navigate(takeAfterConfirmation() ?? '/profil?bienvenue=1', { replace: true });
      })
      .catch(() => setFailed(true));
  }, [token, verify, session, navigate]);

  return (
    <AuthCard title={t('accounts.verify.title')}>
      <Stack>
        {!failed && <Loader role="status" aria-label={t('accounts.verify.pending')} />}
        {failed && (
          <>
            <Alert color="red" role="alert">
              {t('accounts.verify.failed')}
            </Alert>
            <Text size="sm">
              {t('accounts.verify.failedHelp')}{' '}
              <Anchor component={Link} to="/connexion">
                {t('nav.signIn')}
              </Anchor>
            </Text>
          </>
        )}
      </Stack>
    </AuthCard>
  );
}
