import { Alert, Anchor, Button, Checkbox, Radio, SimpleGrid, Stack, Text, TextInput, PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useSessionStore } from '@mouvement/web-data-access';
import { findInvisibleCharacter, LIMITS, MEMBER_KIND_LABELS, MemberKind } from '@mouvement/shared-domain';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AuthCard } from '../components/AuthCard';
import { TerritoryFields } from '../components/TerritoryFields';
import { useSignUp } from '../hooks/useAccountMutations';
import { useLocale } from '../hooks/useLocale';
import { useServerErrors } from '../hooks/useServerErrors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignUpPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('accounts.signUp.title'));
  const navigate = useNavigate();
  const session = useSessionStore();
  const [signUp, { loading }] = useSignUp();
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
      if (data) {
        session.signedIn(data.signUp);
        void navigate('/profil?bienvenue=1');
      }
    });
  });

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
