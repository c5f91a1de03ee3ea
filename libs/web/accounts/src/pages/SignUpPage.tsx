import { Alert, Anchor, Button, Checkbox, Radio, SimpleGrid, Stack, Text, TextInput, PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { findInvisibleCharacter, LIMITS, MEMBER_KIND_LABELS, MemberKind } from '@mouvement/shared-domain';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from '../components/AuthCard';
import { TerritoryFields } from '../components/TerritoryFields';
import { useSignUp } from '../hooks/useAccountMutations';
import { rememberAfterConfirmation } from '../hooks/afterConfirmation';
import { useLocale } from '../hooks/useLocale';
import { useServerErrors } from '../hooks/useServerErrors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignUpPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('accounts.signUp.title'));
  const [signUp, { loading }] = useSignUp();
  const [params] = useSearchParams();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      email: '',
      password: '',
      displayName: '',
      kind: '' as MemberKind | '',
      regionCode: null as string | null,
      departmentCode: null as string | null,
      acceptTerms: false,
      confirmAge: false,
    },
    validate: {
      email: (v) => (!v.trim() ? t('accounts.required') : EMAIL.test(v.trim()) ? null : t('accounts.invalidEmail')),
      password: (v) => (v.length < LIMITS.passwordMin ? t('accounts.tooShort', { count: LIMITS.passwordMin }) : null),
      displayName: (v) =>
        v.trim().length < LIMITS.displayNameMin
          ? t('accounts.tooShort', { count: LIMITS.displayNameMin })
          : findInvisibleCharacter(v)
            ? t('accounts.invisibleCharacter')
            : null,
      kind: (v) => (v ? null : t('accounts.required')),
      regionCode: (v) => (v ? null : t('accounts.required')),
      acceptTerms: (v) => (v ? null : t('accounts.mustAccept')),
      confirmAge: (v) => (v ? null : t('accounts.mustAccept')),
    },
  });
  const { problem, run } = useServerErrors(form);

  const submit = form.onSubmit(async (values) => {
    // An invitation opened before having an account is taken up again once the address is confirmed.
    rememberAfterConfirmation(params.get('suite'));
    await run(async () => {
      const { data } = await signUp({
        variables: {
          input: {
            email: values.email.trim(),
            password: values.password,
            displayName: values.displayName.trim(),
            kind: values.kind as MemberKind,
            regionCode: values.regionCode ?? '',
            departmentCode: values.departmentCode,
            acceptTerms: values.acceptTerms,
            confirmAge: values.confirmAge,
            locale,
          },
        },
      });
      // The same answer whether or not the address already has an account: a mail went out either way.
      if (data?.signUp.emailSent) setSentTo(values.email.trim());
    });
  });

  if (sentTo) return <CheckInbox email={sentTo} />;

  return (
    <AuthCard title={t('accounts.signUp.title')} lead={t('accounts.signUp.lead')} size="sm">
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem && !Object.keys(problem.fields).length && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <TextInput label={t('accounts.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ 'aria-label': t('accounts.showPassword') }}
            label={t('accounts.password')}
            description={t('accounts.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('accounts.displayName')}
            description={t('accounts.displayNameHint')}
            autoComplete="name"
            required
            {...form.getInputProps('displayName')}
          />
          <Radio.Group label={t('accounts.kind')} required {...form.getInputProps('kind')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs">
              {Object.values(MemberKind).map((kind) => (
                <Radio key={kind} value={kind} label={MEMBER_KIND_LABELS[kind][locale]} />
              ))}
            </SimpleGrid>
          </Radio.Group>
          <TerritoryFields
            regionCode={form.values.regionCode}
            departmentCode={form.values.departmentCode}
            onChange={(v) => form.setValues(v)}
            regionError={form.errors['regionCode']}
            departmentError={form.errors['departmentCode']}
          />
          <Checkbox
            label={
              <>
                {t('accounts.acceptTerms')} (
                <Anchor component={Link} to="/confidentialite" target="_blank">
                  {t('footer.privacy')}
                </Anchor>
                )
              </>
            }
            {...form.getInputProps('acceptTerms', { type: 'checkbox' })}
          />
          <Checkbox label={t('accounts.confirmAge')} {...form.getInputProps('confirmAge', { type: 'checkbox' })} />
          <Button type="submit" loading={loading} size="md">
            {t('accounts.signUp.submit')}
          </Button>
          <Text size="sm">
            {t('accounts.signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/connexion">
              {t('nav.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}

/** After sign-up: the link in the mail signs in; nothing here says whether the address was new. */
function CheckInbox({ email }: { email: string }) {
  const { t } = useTranslation();
  usePageTitle(t('accounts.signUp.sentTitle'));
  return (
    <AuthCard title={t('accounts.signUp.sentTitle')} size="sm">
      <Stack>
        <Alert color="green" role="status">
          {t('accounts.signUp.sent', { email })}
        </Alert>
        <Text size="sm">{t('accounts.signUp.sentHelp')}</Text>
        <Text size="sm">
          {t('accounts.signUp.haveAccount')}{' '}
          <Anchor component={Link} to="/connexion">
            {t('nav.signIn')}
          </Anchor>
        </Text>
      </Stack>
    </AuthCard>
  );
}
