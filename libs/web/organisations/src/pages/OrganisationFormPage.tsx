import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  List,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import {
  isValidSiret,
  LIMITS,
  ORGANISATION_KIND_LABELS,
  OrganisationKind,
  THEME_LABELS,
  THEMES,
  type Theme,
} from '@mouvement/shared-domain';
import { TerritoryFields, useLocale, useServerErrors } from '@mouvement/web-accounts';
import { useSession, type OrganisationDetailsFragment } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCreateOrganisation, useNearDuplicates, useOrganisation, useUpdateOrganisation } from '../hooks/useOrganisations';

export function CreateOrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.form.createTitle'));
  const session = useSession();
  if (session.status === 'anonymous') {
    return (
      <Container size="sm" py="xl">
        <Title order={1}>{t('organisations.form.createTitle')}</Title>
        <Button component={Link} to="/connexion?suite=/organisations/nouvelle" mt="md">
          {t('nav.signIn')}
        </Button>
      </Container>
    );
  }
  return <OrganisationForm />;
}

export function EditOrganisationPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('organisations.form.editTitle'));
  const { data, loading } = useOrganisation(slug);
  if (!data && loading) return <Loader role="status" m="xl" aria-label={t('app.loading')} />;
  if (!data?.organisation) return <Text m="xl">{t('organisations.notFound')}</Text>;
  return <OrganisationForm existing={data.organisation} />;
}

function OrganisationForm({ existing }: { existing?: OrganisationDetailsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [create, createState] = useCreateOrganisation();
  const [update, updateState] = useUpdateOrganisation();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: existing?.name ?? '',
      kind: (existing?.kind ?? null) as OrganisationKind | null,
      legalForm: existing?.legalForm ?? '',
      siret: existing?.siret ?? '',
      esusApproved: existing?.esusApproved ?? false,
      themes: (existing?.themes ?? []) as Theme[],
      regionCode: (existing?.regionCode ?? null) as string | null,
      departmentCode: existing?.departmentCode ?? null,
      website: existing?.website ?? '',
      description: existing?.description ?? '',
      headcount: (existing?.headcount ?? '') as number | string,
      acknowledgeDuplicates: false,
    },
    validate: {
      name: (v) => (v.trim().length < LIMITS.organisationNameMin ? t('accounts.tooShort', { count: LIMITS.organisationNameMin }) : null),
      kind: (v) => (v ? null : t('accounts.required')),
      regionCode: (v) => (v ? null : t('accounts.required')),
      siret: (v) => (v.trim() && !isValidSiret(v) ? t('organisations.form.invalidSiret') : null),
      website: (v) => (v.trim() && !/^https?:\/\/\S+\.\S+/.test(v.trim()) ? t('organisations.form.invalidUrl') : null),
    },
  });
  const { problem, run } = useServerErrors(form);
  const [name] = useDebouncedValue(form.values.name, 400);
  const duplicates = useNearDuplicates(existing ? '' : name, form.values.regionCode, form.values.departmentCode);
  const close = duplicates.data?.organisationNearDuplicates ?? [];

  const submit = form.onSubmit(async (v) => {
    const fields = {
      name: v.name.trim(),
      kind: v.kind as OrganisationKind,
      legalForm: v.legalForm.trim() || null,
      siret: v.siret.trim() || null,
      esusApproved: v.esusApproved,
      themes: v.themes,
      regionCode: v.regionCode ?? '',
      departmentCode: v.departmentCode,
      website: v.website.trim() || null,
      description: v.description.trim() || null,
      headcount: v.headcount === '' ? null : Number(v.headcount),
    };
    await run(async () => {
      if (existing) {
        const { data } = await update({ variables: { organisationId: existing.id, input: fields } });
        if (data) void navigate(`/organisations/${data.updateOrganisation.slug}`);
      } else {
        const { data } = await create({ variables: { input: { ...fields, acknowledgeDuplicates: v.acknowledgeDuplicates } } });
        if (data) void navigate(`/organisations/${data.createOrganisation.slug}`);
      }
    });
  });

  return (
    <Container size="sm" py="xl">
      <Title order={1} mb="lg">
        {existing ? t('organisations.form.editTitle') : t('organisations.form.createTitle')}
      </Title>
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {problem && !Object.keys(problem.fields).length && (
              <Alert color="red" role="alert">
                {problem.message}
              </Alert>
            )}
            <TextInput
              label={t('organisations.form.name')}
              required
              maxLength={LIMITS.organisationNameMax}
              {...form.getInputProps('name')}
            />
            <Select
              label={t('organisations.form.kind')}
              required
              data={Object.values(OrganisationKind).map((k) => ({ value: k, label: ORGANISATION_KIND_LABELS[k][locale] }))}
              {...form.getInputProps('kind')}
            />
            <TerritoryFields
              regionCode={form.values.regionCode}
              departmentCode={form.values.departmentCode}
              onChange={(v) => form.setValues(v)}
              regionError={form.errors['regionCode']}
              departmentError={form.errors['departmentCode']}
            />
            {close.length > 0 && (
              <Alert color="yellow" role="status">
                <Text fw={600}>{t('organisations.form.duplicatesTitle')}</Text>
                <Text size="sm" mb="xs">
                  {t('organisations.form.duplicatesLead')}
                </Text>
                <List size="sm" mb="sm">
                  {close.map((d) => (
                    <List.Item key={d.organisation.id}>
                      <Anchor component={Link} to={`/organisations/${d.organisation.slug}`} target="_blank">
                        {d.organisation.name}
                      </Anchor>
                      {d.organisation.department ? ` (${d.organisation.department.name})` : ''}
                    </List.Item>
                  ))}
                </List>
                <Checkbox
                  label={t('organisations.form.acknowledge')}
                  {...form.getInputProps('acknowledgeDuplicates', { type: 'checkbox' })}
                />
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('organisations.form.legalForm')}
                description={t('organisations.form.legalFormHint')}
                {...form.getInputProps('legalForm')}
              />
              <TextInput
                label={t('organisations.form.siret')}
                description={t('organisations.form.siretHint')}
                inputMode="numeric"
                {...form.getInputProps('siret')}
              />
            </SimpleGrid>
            <Checkbox label={t('organisations.form.esus')} {...form.getInputProps('esusApproved', { type: 'checkbox' })} />
            <Checkbox.Group label={t('organisations.form.themes')} {...form.getInputProps('themes')}>
              <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt="xs">
                {THEMES.map((theme) => (
                  <Checkbox key={theme} value={theme} label={THEME_LABELS[theme][locale]} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <TextInput label={t('organisations.form.website')} type="url" placeholder="https://" {...form.getInputProps('website')} />
            <Textarea
              label={t('organisations.form.description')}
              autosize
              minRows={4}
              maxLength={LIMITS.descriptionMax}
              {...form.getInputProps('description')}
            />
            <NumberInput
              label={t('organisations.form.headcount')}
              min={0}
              max={LIMITS.headcountMax}
              allowDecimal={false}
              {...form.getInputProps('headcount')}
            />
            <Button type="submit" size="md" loading={createState.loading || updateState.loading}>
              {existing ? t('organisations.form.submitEdit') : t('organisations.form.submitCreate')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
