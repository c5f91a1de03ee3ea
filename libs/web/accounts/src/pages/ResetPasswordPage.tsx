import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIMITS } from '@mouvement/shared-domain';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from '../components/AuthCard';
import { useResetPassword } from '../hooks/useAccountMutations';
import { useServerErrors } from '../hooks/useServerErrors';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const [reset, { loading }] = useResetPassword();
  const [done, setDone] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) => (v.length < LIMITS.passwordMin ? t('accounts.tooShort', { count: LIMITS.passwordMin }) : null),
      confirm: (v, values) => (v !== values.password ? t('accounts.passwordMismatch') : null),
    },
  });
  const { problem, run } = useServerErrors(form);
  const submit = form.onSubmit(async ({ password }) => {
    if (await run(() => reset({ variables: { input: { token: token ?? '', password } } }))) setDone(true);
  });
  if (!token) {
    return (
      <AuthCard title={t('accounts.reset.title')}>
        <Alert color="red" role="alert">
          {t('accounts.reset.missingToken')}
        </Alert>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('accounts.reset.title')}>
      {done ? (
        <Stack>
          <Alert color="green" role="status">
            {t('accounts.reset.done')}
          </Alert>
          <Button component={Link} to="/connexion">
            {t('nav.signIn')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {problem && (
              <Alert color="red" role="alert">
                {problem.message}
              </Alert>
            )}
            <PasswordInput
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': t('accounts.showPassword') }}
              label={t('accounts.profile.newPassword')}
              description={t('accounts.passwordHint')}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <PasswordInput
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': t('accounts.showPassword') }}
              label={t('accounts.passwordConfirm')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirm')}
            />
            <Button type="submit" loading={loading}>
              {t('accounts.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
