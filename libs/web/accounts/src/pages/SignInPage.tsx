import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useSessionStore } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthCard } from '../components/AuthCard';
import { useSignIn } from '../hooks/useAccountMutations';
import { useServerErrors } from '../hooks/useServerErrors';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts.signIn.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSessionStore();
  const [signIn, { loading }] = useSignIn();
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('accounts.required')),
      password: (v) => (v ? null : t('accounts.required')),
    },
  });
  const { problem, run } = useServerErrors(form);
  const next = params.get('suite');

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const { data } = await signIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
      if (data) {
        session.signedIn(data.signIn);
        void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
      }
    });
  });

  return (
    <AuthCard title={t('accounts.signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <TextInput label={t('accounts.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ 'aria-label': t('accounts.showPassword') }}
            label={t('accounts.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="space-between">
            <Anchor component={Link} to="/mot-de-passe-oublie" size="sm">
              {t('accounts.signIn.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" loading={loading} size="md">
            {t('accounts.signIn.submit')}
          </Button>
          <Text size="sm">
            {t('accounts.signIn.noAccount')}{' '}
            <Anchor component={Link} to={next ? `/inscription?suite=${encodeURIComponent(next)}` : '/inscription'}>
              {t('nav.signUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
