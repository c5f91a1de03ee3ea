import {
  Alert,
  Button,
  Checkbox,
  Container,
  Divider,
  Group,
  Loader,
  Paper,
  PasswordInput,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useSession, useSessionStore, type MyAccountFragment } from '@mouvement/web-data-access';
import {
  findInvisibleCharacter,
  LIMITS,
  MEMBER_KIND_LABELS,
  MemberKind,
  PROFILE_FIELD_LABELS,
  ProfileField,
  THEME_LABELS,
  THEMES,
  type Theme,
} from '@mouvement/shared-domain';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TerritoryFields } from '../components/TerritoryFields';
import { useChangePassword, useResendVerification, useUpdateProfile } from '../hooks/useAccountMutations';
import { useLocale } from '../hooks/useLocale';
import { useMe } from '../hooks/useMe';
import { useServerErrors } from '../hooks/useServerErrors';

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts.profile.title'));
  const session = useSession();
  const { data, loading } = useMe(session.status !== 'signedIn');
  if (session.status === 'unknown' || (loading && !data)) {
    return (
      <Container size="md" py="xl">
        <Loader role="status" aria-label={t('app.loading')} />
      </Container>
    );
  }
  if (session.status === 'anonymous' || !data?.me) {
    return (
      <Container size="md" py="xl">
        <Title order={1}>{t('accounts.profile.title')}</Title>
        <Text my="md">{t('accounts.profile.signedOutNeeded')}</Text>
        <Button component={Link} to="/connexion?suite=/profil">
          {t('nav.signIn')}
        </Button>
      </Container>
    );
  }
  return <ProfileForms account={data.me} />;
}

function ProfileForms({ account }: { account: MyAccountFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const store = useSessionStore();
  const [params] = useSearchParams();
  const [update, { loading }] = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      displayName: account.displayName,
      kind: account.kind as MemberKind,
      regionCode: account.regionCode as string | null,
      departmentCode: account.departmentCode,
      bio: account.bio ?? '',
      skills: account.skills,
      themes: account.themes as Theme[],
      publicFields: account.publicFields as ProfileField[],
      locale: account.locale,
    },
    validate: {
      displayName: (v) =>
        v.trim().length < LIMITS.displayNameMin
          ? t('accounts.tooShort', { count: LIMITS.displayNameMin })
          : findInvisibleCharacter(v)
            ? t('accounts.invisibleCharacter')
            : null,
      regionCode: (v) => (v ? null : t('accounts.required')),
    },
  });
  const { problem, run } = useServerErrors(form);
  const submit = form.onSubmit(async (v) => {
    setSaved(false);
    const ok = await run(async () => {
      const { data } = await update({
        variables: {
          input: {
            displayName: v.displayName.trim(),
            kind: v.kind,
            regionCode: v.regionCode ?? undefined,
            departmentCode: v.departmentCode,
            bio: v.bio.trim() || null,
            skills: v.skills,
            themes: v.themes,
            publicFields: v.publicFields,
            locale: v.locale,
          },
        },
      });
      if (data) store.updateAccount({ displayName: data.updateProfile.displayName });
    });
    setSaved(ok);
  });

  return (
    <Container size="md" py="xl">
      <Title order={1} mb="lg">
        {t('accounts.profile.title')}
      </Title>
      {account.emailVerified && params.get('bienvenue') === '1' && (
        <Alert color="green" mb="lg" role="status">
          <Text size="sm">
            <strong>{t('accounts.profile.welcome')}</strong> {t('accounts.verify.done')}
          </Text>
        </Alert>
      )}
      {!account.emailVerified && <VerificationBanner welcome={params.get('bienvenue') === '1'} />}
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {saved && (
            <Alert color="green" role="status">
              {t('accounts.profile.saved')}
            </Alert>
          )}
          {problem && !Object.keys(problem.fields).length && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <Paper withBorder p="lg" component="fieldset">
            <Title order={2} size="h3" component="legend" px={4}>
              {t('accounts.profile.identity')}
            </Title>
            <Stack>
              <TextInput label={t('accounts.email')} value={account.email} readOnly variant="filled" />
              <TextInput label={t('accounts.displayName')} required {...form.getInputProps('displayName')} />
              <Radio.Group label={t('accounts.kind')} {...form.getInputProps('kind')}>
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
            </Stack>
          </Paper>
          <Paper withBorder p="lg" component="fieldset">
            <Title order={2} size="h3" component="legend" px={4}>
              {t('accounts.profile.about')}
            </Title>
            <Stack>
              <Textarea label={t('accounts.profile.bio')} autosize minRows={3} maxLength={LIMITS.bioMax} {...form.getInputProps('bio')} />
              <TagsInput
                label={t('accounts.profile.skills')}
                description={t('accounts.profile.skillsHint')}
                maxTags={LIMITS.skillsMax}
                clearable
                {...form.getInputProps('skills')}
              />
              <Checkbox.Group label={t('accounts.profile.themes')} {...form.getInputProps('themes')}>
                <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt="xs">
                  {THEMES.map((theme) => (
                    <Checkbox key={theme} value={theme} label={THEME_LABELS[theme][locale]} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </Stack>
          </Paper>
          <Paper withBorder p="lg" component="fieldset">
            <Title order={2} size="h3" component="legend" px={4}>
              {t('accounts.profile.visibility')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('accounts.profile.visibilityLead')}
            </Text>
            <Checkbox.Group aria-label={t('accounts.profile.visibility')} {...form.getInputProps('publicFields')}>
              <Group mt="xs">
                {Object.values(ProfileField).map((field) => (
                  <Checkbox key={field} value={field} label={PROFILE_FIELD_LABELS[field][locale]} />
                ))}
              </Group>
            </Checkbox.Group>
            <Text size="sm" fw={500} mt="md" mb={4} id="mail-language">
              {t('accounts.profile.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="mail-language"
              data={[
                { value: 'fr', label: 'Français' },
                { value: 'en', label: 'English' },
              ]}
              {...form.getInputProps('locale')}
            />
          </Paper>
          <Group>
            <Button type="submit" loading={loading} size="md">
              {t('accounts.profile.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider my="xl" />
      <ChangePasswordForm />
    </Container>
  );
}

function VerificationBanner({ welcome }: { welcome: boolean }) {
  const { t } = useTranslation();
  const [resend, { loading, called }] = useResendVerification();
  return (
    <Alert color="yellow" mb="lg" role="status">
      <Group justify="space-between">
        <Text size="sm">
          {welcome && <strong>{t('accounts.profile.welcome')} </strong>}
          {called ? t('accounts.verify.resent') : t('accounts.verify.banner')}
        </Text>
        {!called && (
          <Button size="xs" variant="white" color="dark" loading={loading} onClick={() => void resend()}>
            {t('accounts.verify.resend')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [change, { loading }] = useChangePassword();
  const [done, setDone] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('accounts.required')),
      newPassword: (v) => (v.length < LIMITS.passwordMin ? t('accounts.tooShort', { count: LIMITS.passwordMin }) : null),
    },
  });
  const { problem, run } = useServerErrors(form);
  const submit = form.onSubmit(async (values) => {
    setDone(false);
    if (await run(() => change({ variables: { input: values } }))) {
      setDone(true);
      form.reset();
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="password-title">
      <Title order={2} size="h3" id="password-title" mb="md">
        {t('accounts.profile.password')}
      </Title>
      <Stack maw={420}>
        {done && (
          <Alert color="green" role="status">
            {t('accounts.profile.passwordChanged')}
          </Alert>
        )}
        {problem && !Object.keys(problem.fields).length && (
          <Alert color="red" role="alert">
            {problem.message}
          </Alert>
        )}
        <PasswordInput
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('accounts.showPassword') }}
          label={t('accounts.profile.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('accounts.showPassword') }}
          label={t('accounts.profile.newPassword')}
          description={t('accounts.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <Group>
          <Button type="submit" variant="light" loading={loading}>
            {t('accounts.profile.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
