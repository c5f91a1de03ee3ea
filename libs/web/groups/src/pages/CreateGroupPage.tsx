import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Container, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { CreateGroupDocument, GroupsDocument, toApiProblem, useDepartments, useRegions, useSession } from '@mouvement/web-data-access';
import { GROUP_KIND_LABELS, GroupKind, JOIN_POLICY_LABELS, JoinPolicy, VISIBILITY_LABELS, GroupVisibility } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

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
    name: '',
    kind: GroupKind.THEMATIC_CIRCLE as GroupKind,
    parentId: null as string | null,
    regionCode: null as string | null,
    departmentCode: null as string | null,
    description: '',
    charter: '',
    questions: '',
    visibility: GroupVisibility.PUBLIC as GroupVisibility,
    joinPolicy: JoinPolicy.ON_REQUEST as JoinPolicy,
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
            name: values.name.trim(),
            kind: values.kind,
            parentId: values.parentId,
            regionCode: values.kind === GroupKind.REGIONAL_COLLECTIVE ? values.regionCode : null,
            departmentCode: values.kind === GroupKind.LOCAL_CHAPTER ? values.departmentCode : null,
            description: values.description.trim() || null,
            charter: values.charter.trim() || null,
            joinQuestions: values.questions
              .split('\n')
              .map((q) => q.trim())
              .filter(Boolean),
            visibility: values.visibility,
            joinPolicy: values.joinPolicy,
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
          <TextInput
            label={t('groups.create.name')}
            required
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
            error={problem?.fields['name']}
          />
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
          <Textarea
            label={t('groups.create.description')}
            autosize
            minRows={3}
            value={values.description}
            onChange={(e) => setValues({ ...values, description: e.currentTarget.value })}
          />
          <Textarea
            label={t('groups.create.charter')}
            autosize
            minRows={4}
            value={values.charter}
            onChange={(e) => setValues({ ...values, charter: e.currentTarget.value })}
          />
          <Select
            label={t('groups.create.joinPolicy')}
            allowDeselect={false}
            data={Object.values(JoinPolicy).map((p) => ({ value: p, label: JOIN_POLICY_LABELS[p][locale] }))}
            value={values.joinPolicy}
            onChange={(v) => setValues({ ...values, joinPolicy: (v as JoinPolicy) ?? JoinPolicy.ON_REQUEST })}
          />
          {values.joinPolicy === JoinPolicy.ON_REQUEST && (
            <Textarea
              label={t('groups.create.questions')}
              autosize
              minRows={2}
              value={values.questions}
              onChange={(e) => setValues({ ...values, questions: e.currentTarget.value })}
            />
          )}
          <Select
            label={t('groups.create.visibility')}
            allowDeselect={false}
            data={Object.values(GroupVisibility).map((v) => ({ value: v, label: VISIBILITY_LABELS[v][locale] }))}
            value={values.visibility}
            onChange={(v) => setValues({ ...values, visibility: (v as GroupVisibility) ?? GroupVisibility.PUBLIC })}
          />
          <Button size="md" onClick={() => void submit()} loading={state.loading} disabled={values.name.trim().length < 2}>
            {t('groups.create.submit')}
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
