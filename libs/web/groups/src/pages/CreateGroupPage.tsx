import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Container, Paper, Select, Stack, Title } from '@mantine/core';
import { CreateGroupDocument, GroupsDocument, toApiProblem, useDepartments, useRegions, useSession } from '@mouvement/web-data-access';
import { GROUP_KIND_LABELS, GroupKind, GroupVisibility, JoinPolicy } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { GroupSettingsFields, settingsInput, type GroupSettingsValues } from '../components/GroupSettingsFields';

/** Admins create any group; coordinators of a regional collective create its circles and chapters. */
export function CreateGroupPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('groups.create.title'));
  const session = useSession();
  const navigate = useNavigate();
  const parents = useQuery(GroupsDocument, { variables: { first: 100, sort: 'NAME', filter: null } });
  const regions = useRegions();
  const [values, setValues] = useState({
    kind: GroupKind.THEMATIC_CIRCLE as GroupKind,
    parentId: null as string | null,
    regionCode: null as string | null,
    departmentCode: null as string | null,
  });
  const [settings, setSettings] = useState<GroupSettingsValues>({
    name: '',
    themes: [],
    description: '',
    charter: '',
    questions: '',
    visibility: GroupVisibility.PUBLIC,
    joinPolicy: JoinPolicy.ON_REQUEST,
  });
  const parent = parents.data?.groups.edges.find((e) => e.node.id === values.parentId)?.node;
  const departments = useDepartments(values.kind === GroupKind.LOCAL_CHAPTER ? (parent?.region?.code ?? null) : null);
  const [create, state] = useMutation(CreateGroupDocument);
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  if (session.status === 'anonymous') {
    return (
      <Container size="sm" py="xl">
        <Title order={1}>{t('groups.create.title')}</Title>
        <Button component={Link} to="/connexion?suite=/groupes/nouveau" mt="md">
          {t('nav.signIn')}
        </Button>
      </Container>
    );
  }
  const submit = async () => {
    setProblem(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            ...settingsInput(settings),
            kind: values.kind,
            parentId: values.parentId,
            regionCode: values.kind === GroupKind.REGIONAL_COLLECTIVE ? values.regionCode : null,
            departmentCode: values.kind === GroupKind.LOCAL_CHAPTER ? values.departmentCode : null,
          },
        },
      });
      if (data) void navigate(`/groupes/${data.createGroup.slug}`);
    } catch (error) {
      const p = toApiProblem(error, t('app.error'));
      setProblem({ message: p.message, fields: p.fields });
    }
  };
  const parentOptions = (parents.data?.groups.edges ?? [])
    .map((e) => e.node)
    .filter((g) => g.kind === GroupKind.NATIONAL || g.kind === GroupKind.REGIONAL_COLLECTIVE)
    .map((g) => ({ value: g.id, label: g.name }));
  return (
    <Container size="sm" py="xl">
      <Title order={1} mb="lg">
        {t('groups.create.title')}
      </Title>
      <Paper withBorder p="lg">
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <Select
            label={t('groups.create.kind')}
            required
            allowDeselect={false}
            data={Object.values(GroupKind).map((k) => ({ value: k, label: GROUP_KIND_LABELS[k][locale] }))}
            value={values.kind}
            onChange={(v) => setValues({ ...values, kind: (v as GroupKind) ?? GroupKind.THEMATIC_CIRCLE })}
          />
          {values.kind !== GroupKind.NATIONAL && (
            <Select
              label={t('groups.create.parent')}
              data={parentOptions}
              value={values.parentId}
              onChange={(v) => setValues({ ...values, parentId: v })}
              error={problem?.fields['parentId']}
              clearable
            />
          )}
          {values.kind === GroupKind.REGIONAL_COLLECTIVE && (
            <Select
              label={t('groups.create.region')}
              searchable
              data={(regions.data?.regions ?? []).map((r) => ({ value: r.code, label: locale === 'en' ? r.nameEn : r.name }))}
              value={values.regionCode}
              onChange={(v) => setValues({ ...values, regionCode: v })}
              error={problem?.fields['regionCode']}
            />
          )}
          {values.kind === GroupKind.LOCAL_CHAPTER && (
            <Select
              label={t('groups.create.department')}
              searchable
              data={(departments.data?.departments ?? []).map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
              value={values.departmentCode}
              onChange={(v) => setValues({ ...values, departmentCode: v })}
              error={problem?.fields['departmentCode']}
            />
          )}
          <GroupSettingsFields values={settings} onChange={setSettings} errors={problem?.fields ?? {}} />
          <Button size="md" onClick={() => void submit()} loading={state.loading} disabled={settings.name.trim().length < 2}>
            {t('groups.create.submit')}
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
