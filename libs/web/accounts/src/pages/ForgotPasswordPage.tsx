import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '../components/AuthCard';
import { useRequestPasswordReset } from '../hooks/useAccountMutations';
import { useServerErrors } from '../hooks/useServerErrors';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts.forgot.title'));
  const [request, { loading }] = useRequestPasswordReset();
  const [sent, setSent] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: { email: (v) => (v.trim() ? null : t('accounts.required')) },
  });
  const { problem, run } = useServerErrors(form);
  const submit = form.onSubmit(async ({ email }) => {
    if (await run(() => request({ variables: { email: email.trim() } }))) setSent(true);
  });
  return (
    <AuthCard title={t('accounts.forgot.title')} lead={t('accounts.forgot.lead')}>
      {sent ? (
        <Alert color="green" role="status">
          {t('accounts.forgot.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {problem && (
              <Alert color="red" role="alert">
                {problem.message}
              </Alert>
            )}
            <TextInput label={t('accounts.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" loading={loading}>
              {t('accounts.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
