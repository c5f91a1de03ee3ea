import { Alert, Button, Loader, Stack } from '@mantine/core';
import { useSessionStore } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from '../components/AuthCard';
import { useVerifyEmail } from '../hooks/useAccountMutations';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts.verify.title'));
  const [params] = useSearchParams();
  const session = useSessionStore();
  const [verify] = useVerifyEmail();
  const [state, setState] = useState<'pending' | 'done' | 'failed'>('pending');
  const started = useRef(false);
  const token = params.get('token');

  useEffect(() => {
    if (started.current) return; // a link is used once, even under StrictMode's double effects
    started.current = true;
    if (!token) {
      setState('failed');
      return;
    }
    verify({ variables: { token } })
      .then(() => {
        setState('done');
        session.updateAccount({ emailVerified: true });
      })
      .catch(() => setState('failed'));
  }, [token, verify, session]);

  return (
    <AuthCard title={t('accounts.verify.title')}>
      <Stack>
        {state === 'pending' && <Loader aria-label={t('accounts.verify.pending')} />}
        {state === 'done' && (
          <Alert color="green" role="status">
            {t('accounts.verify.done')}
          </Alert>
        )}
        {state === 'failed' && (
          <Alert color="red" role="alert">
            {t('accounts.verify.failed')}
          </Alert>
        )}
        {state !== 'pending' && (
          <Button component={Link} to="/profil" variant="light">
            {t('nav.profile')}
          </Button>
        )}
      </Stack>
    </AuthCard>
  );
}
