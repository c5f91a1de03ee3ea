import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Container,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  CreatePracticeDocument,
  GroupsDocument,
  MyOrganisationsDocument,
  PracticeDocument,
  PublishPracticeDocument,
  toApiProblem,
  UpdatePracticeDocument,
  useDepartments,
  useRegions,
  useSession,
  type PracticeFieldsFragment,
} from '@mouvement/web-data-access';
import {
  LICENCE_LABELS,
  LIMITS,
  PRACTICE_LIMITS,
  PracticeLicence,
  SECTION_LABELS,
  SECTION_ORDER,
  SectionKind,
  THEME_LABELS,
  THEMES,
  sortSections,
  type Theme,
} from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { MarkdownEditor } from '@mouvement/web-groups';
import { usePageTitle } from '@mouvement/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PracticeFilesEditor } from '../components/PracticeFiles';

interface SectionDraft {
  key: number;
  kind: SectionKind;
  heading: string;
  body: string;
}

interface Values {
  title: string;
  summary: string;
  themes: Theme[];
  regionCode: string | null;
  departmentCode: string | null;
  organisationId: string | null;
  groupId: string | null;
  licence: PracticeLicence;
  sections: SectionDraft[];
}

let nextKey = 1;

function valuesOf(practice: PracticeFieldsFragment | null): Values {
  return {
    title: practice?.title ?? '',
    summary: practice?.summary ?? '',
    themes: (practice?.themes ?? []) as Theme[],
    regionCode: practice?.region?.code ?? null,
    departmentCode: practice?.department?.code ?? null,
    organisationId: practice?.organisation?.id ?? null,
    groupId: practice?.group?.id ?? null,
    licence: (practice?.licence as PracticeLicence | undefined) ?? PracticeLicence.CC_BY_SA_4_0,
    sections: (practice?.sections ?? []).map((s) => ({
      key: nextKey++,
      kind: s.kind as SectionKind,
      heading: s.ownHeading ?? '',
      body: s.body,
    })),
  };
}

/** Writing a new practice (/pratiques/nouvelle) or editing one (/pratiques/:slug/modifier). */
export function PracticeEditorPage() {
  const { slug } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const existing = useQuery(PracticeDocument, { variables: { slug: slug ?? '' }, skip: !slug, fetchPolicy: 'network-only' });
  usePageTitle(slug ? t('practices.editor.editTitle', { title: existing.data?.practice?.title ?? '' }) : t('practices.editor.newTitle'));
  if (session.status === 'anonymous') {
    return (
      <Container size="md" py="xl">
        <Title order={1}>{t('practices.editor.newTitle')}</Title>
        <Text my="md">{t('practices.editor.signIn')}</Text>
        <Button
          component={Link}
          to={`/connexion?suite=${encodeURIComponent(slug ? `/pratiques/${slug}/modifier` : '/pratiques/nouvelle')}`}
        >
          {t('nav.signIn')}
        </Button>
      </Container>
    );
  }
  if (slug && !existing.data) return <Loader role="status" m="xl" aria-label={t('app.loading')} />;
  const practice = existing.data?.practice ?? null;
  if (slug && (!practice || !practice.viewerCanEdit)) {
    return (
      <Container size="md" py="xl">
        <Title order={1}>{t('practices.notFound')}</Title>
      </Container>
    );
  }
  return <Editor key={practice?.id ?? 'new'} practice={practice} />;
}

function Editor({ practice }: { practice: PracticeFieldsFragment | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const [values, setValues] = useState<Values>(() => valuesOf(practice));
  const [version, setVersion] = useState(practice?.version ?? 1);
  const carried = location.state as { notice?: string; error?: string; fields?: Record<string, string> } | null;
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(
    carried?.error ? { ok: false, text: carried.error } : carried?.notice ? { ok: true, text: carried.notice } : null,
  );
  const [fields, setFields] = useState<Record<string, string>>(carried?.fields ?? {});
  const noticeRef = useRef<HTMLDivElement>(null);
  // A refusal is brought into view and focused: the save buttons sit far below the top of a long sheet.
  useEffect(() => {
    if (notice && !notice.ok) {
      noticeRef.current?.scrollIntoView?.({ block: 'center' });
      noticeRef.current?.focus();
    }
  }, [notice]);
  const regions = useRegions();
  const departments = useDepartments(values.regionCode);
  // A practice names an organisation its writer belongs to (or keeps the one already named).
  const organisations = useQuery(MyOrganisationsDocument);
  const groups = useQuery(GroupsDocument, { variables: { first: 100, sort: 'NAME', filter: { memberOnly: true } } });
  const [create, createState] = useMutation(CreatePracticeDocument);
  const [update, updateState] = useMutation(UpdatePracticeDocument);
  const [publish, publishState] = useMutation(PublishPracticeDocument);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setSection = (key: number, change: Partial<SectionDraft>) =>
    set(
      'sections',
      values.sections.map((s) => (s.key === key ? { ...s, ...change } : s)),
    );
  const used = new Set(values.sections.map((s) => s.kind));
  const addable = SECTION_ORDER.filter((k) => k === SectionKind.OTHER || !used.has(k));

  const save = async (andPublish: boolean) => {
    setNotice(null);
    setFields({});
    const input = {
      title: values.title.trim(),
      summary: values.summary.trim() || null,
      themes: values.themes,
      regionCode: values.regionCode,
      departmentCode: values.departmentCode,
      organisationId: values.organisationId,
      groupId: values.groupId,
      licence: values.licence,
      sections: sortSections(values.sections).map((s) => ({
        kind: s.kind,
        heading: s.kind === SectionKind.OTHER ? s.heading.trim() : null,
        body: s.body,
      })),
    };
    try {
      let saved: PracticeFieldsFragment | undefined;
      if (practice) {
        saved = (await update({ variables: { practiceId: practice.id, version, input } })).data?.updatePractice;
      } else {
        saved = (await create({ variables: { input } })).data?.createPractice;
      }
      if (!saved) return;
      setVersion(saved.version);
      if (andPublish && saved.status !== 'PUBLISHED') {
        try {
          await publish({ variables: { practiceId: saved.id } });
        } catch (error) {
          // Saved, but not publishable yet: carry on editing the saved draft.
          const problem = toApiProblem(error, t('app.error'));
          void navigate(`/pratiques/${saved.slug}/modifier`, { state: { error: problem.message, fields: problem.fields }, replace: true });
          setNotice({ ok: false, text: problem.message });
          setFields(problem.fields);
          return;
        }
      }
      void navigate(`/pratiques/${saved.slug}`, { state: { notice: andPublish ? t('practices.published') : t('practices.editor.saved') } });
    } catch (error) {
      const problem = toApiProblem(error, t('app.error'));
      setNotice({ ok: false, text: explain(problem.message, problem.fields) });
      setFields(problem.fields);
    }
  };

  /** Names the section a refusal is about (the API names it by its place in the list sent). */
  const explain = (message: string, problemFields: Record<string, string>): string => {
    const sent = sortSections(values.sections);
    for (const [field, text] of Object.entries(problemFields)) {
      const index = field.startsWith('sections.') ? Number(field.split('.')[1]) : NaN;
      const section = Number.isInteger(index) ? sent[index] : undefined;
      if (section) {
        const heading =
          section.kind === SectionKind.OTHER ? section.heading || SECTION_LABELS.OTHER[locale] : SECTION_LABELS[section.kind][locale];
        return t('practices.editor.sectionProblem', { heading, problem: text });
      }
      if (field === 'sections') return t('practices.editor.sectionsProblem', { problem: text });
    }
    return message;
  };
  const busy = createState.loading || updateState.loading || publishState.loading;
  const orgOptions = (organisations.data?.myOrganisationMemberships ?? [])
    .filter((m) => m.status === 'ACTIVE')
    .map((m) => ({ value: m.organisation.id, label: m.organisation.name }));
  if (practice?.organisation && !orgOptions.some((o) => o.value === practice.organisation?.id)) {
    orgOptions.unshift({ value: practice.organisation.id, label: practice.organisation.name });
  }
  return (
    <Container size="md" py="xl">
      <Title order={1} mb="lg">
        {practice ? t('practices.editor.editTitle', { title: practice.title }) : t('practices.editor.newTitle')}
      </Title>
      <Stack
        component="form"
        gap="md"
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        {notice && (
          <Alert ref={noticeRef} tabIndex={-1} color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        )}
        <Paper withBorder p="lg">
          <Stack gap="md">
            <TextInput
              label={t('practices.editor.title')}
              required
              maxLength={PRACTICE_LIMITS.titleMax}
              value={values.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={fields['title']}
            />
            <Textarea
              label={t('practices.editor.summary')}
              description={t('practices.editor.summaryHint')}
              autosize
              minRows={3}
              maxLength={PRACTICE_LIMITS.summaryMax}
              value={values.summary}
              onChange={(e) => set('summary', e.currentTarget.value)}
              error={fields['summary']}
            />
            <MultiSelect
              label={t('practices.themesLegend')}
              searchable
              clearable
              maxValues={LIMITS.themesMax}
              data={THEMES.map((theme) => ({ value: theme, label: THEME_LABELS[theme][locale] }))}
              value={values.themes}
              onChange={(v) => set('themes', v as Theme[])}
              error={fields['themes']}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('practices.editor.region')}
                searchable
                clearable
                data={(regions.data?.regions ?? []).map((r) => ({ value: r.code, label: locale === 'en' ? r.nameEn : r.name }))}
                value={values.regionCode}
                onChange={(v) => setValues((prev) => ({ ...prev, regionCode: v, departmentCode: null }))}
                error={fields['regionCode']}
              />
              <Select
                label={t('practices.editor.department')}
                searchable
                clearable
                disabled={!values.regionCode}
                data={(departments.data?.departments ?? []).map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
                value={values.departmentCode}
                onChange={(v) => set('departmentCode', v)}
                error={fields['departmentCode']}
              />
            </SimpleGrid>
            <Select
              label={t('practices.editor.organisation')}
              description={t('practices.editor.organisationHint')}
              searchable
              clearable
              data={orgOptions}
              value={values.organisationId}
              onChange={(v) => set('organisationId', v)}
              error={fields['organisationId']}
              nothingFoundMessage="—"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('practices.editor.group')}
                clearable
                data={(groups.data?.groups.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
                value={values.groupId}
                onChange={(v) => set('groupId', v)}
                error={fields['groupId']}
              />
              <Select
                label={t('practices.editor.licence')}
                allowDeselect={false}
                data={Object.values(PracticeLicence).map((l) => ({ value: l, label: LICENCE_LABELS[l][locale] }))}
                value={values.licence}
                onChange={(v) => set('licence', (v as PracticeLicence) ?? PracticeLicence.CC_BY_SA_4_0)}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <PracticeFilesEditor practice={practice} />
        <section aria-labelledby="sections-title">
          <Title order={2} size="h3" id="sections-title">
            {t('practices.editor.sections')}
          </Title>
          <Text size="sm" mb="sm">
            {t('practices.editor.sectionsLead')}
          </Text>
          <Stack gap="md">
            {sortSections(values.sections).map((s) => {
              const heading = s.kind === SectionKind.OTHER ? s.heading || SECTION_LABELS.OTHER[locale] : SECTION_LABELS[s.kind][locale];
              return (
                <Paper withBorder p="md" key={s.key} component="section" aria-label={heading}>
                  <Group justify="space-between" align="center" mb="xs">
                    <Text fw={700}>{heading}</Text>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('practices.editor.removeSection', { heading })}
                      onClick={() =>
                        set(
                          'sections',
                          values.sections.filter((x) => x.key !== s.key),
                        )
                      }
                    >
                      ✕
                    </ActionIcon>
                  </Group>
                  {s.kind === SectionKind.OTHER && (
                    <TextInput
                      label={t('practices.editor.otherHeading')}
                      required
                      mb="xs"
                      maxLength={PRACTICE_LIMITS.sectionHeadingMax}
                      value={s.heading}
                      onChange={(e) => setSection(s.key, { heading: e.currentTarget.value })}
                    />
                  )}
                  <MarkdownEditor
                    label={heading}
                    value={s.body}
                    onChange={(body) => setSection(s.key, { body })}
                    maxLength={PRACTICE_LIMITS.sectionBodyMax}
                  />
                </Paper>
              );
            })}
            <Select
              label={t('practices.editor.addSection')}
              placeholder={t('practices.editor.addSection')}
              data={addable.map((k) => ({ value: k, label: SECTION_LABELS[k][locale] }))}
              value={null}
              onChange={(v) => {
                if (v) set('sections', [...values.sections, { key: nextKey++, kind: v as SectionKind, heading: '', body: '' }]);
              }}
            />
          </Stack>
        </section>
        <Group justify="flex-end" gap="sm">
          <Button type="submit" variant="default" loading={busy} disabled={values.title.trim().length < PRACTICE_LIMITS.titleMin}>
            {practice?.status === 'PUBLISHED' ? t('practices.editor.save') : t('practices.editor.saveDraft')}
          </Button>
          {practice?.status !== 'PUBLISHED' && (
            <Button loading={busy} disabled={values.title.trim().length < PRACTICE_LIMITS.titleMin} onClick={() => void save(true)}>
              {t('practices.editor.saveAndPublish')}
            </Button>
          )}
        </Group>
      </Stack>
    </Container>
  );
}
