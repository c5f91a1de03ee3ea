import { useMutation } from '@apollo/client/react';
import { Alert, Button, Container, Grid, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { ImportCahierDocument, toApiProblem, useSession } from '@mouvement/web-data-access';
import { PRACTICE_LIMITS, SECTION_LABELS, SectionKind, parseCahier } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { usePageTitle } from '@mouvement/web-ui';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

/** Paste an initiative sheet, see how it is read (the same reader as the API), then save it as a draft to review. */
export function ImportCahierPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t('practices.importer.title'));
  const session = useSession();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 200);
  const parsed = useMemo(() => (debounced.trim() ? parseCahier(debounced) : null), [debounced]);
  const [importCahier, state] = useMutation(ImportCahierDocument);
  const [problem, setProblem] = useState<string | null>(null);
  if (session.status === 'anonymous') {
    return (
      <Container size="md" py="xl">
        <Title order={1}>{t('practices.importer.title')}</Title>
        <Text my="md">{t('practices.editor.signIn')}</Text>
        <Button component={Link} to="/connexion?suite=/pratiques/importer">
          {t('nav.signIn')}
        </Button>
      </Container>
    );
  }
  const submit = async () => {
    setProblem(null);
    try {
      const { data } = await importCahier({ variables: { text } });
      const slug = data?.importCahier.practice.slug;
      if (slug) void navigate(`/pratiques/${slug}/modifier`, { state: { notice: t('practices.editor.imported') } });
    } catch (error) {
      setProblem(toApiProblem(error, t('app.error')).message);
    }
  };
  return (
    <Container size="lg" py="xl">
      <Title order={1}>{t('practices.importer.title')}</Title>
      <Text mt="xs" mb="lg">
        {t('practices.importer.lead')}
      </Text>
      {problem && (
        <Alert color="red" role="alert" mb="md">
          {problem}
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <Textarea
              label={t('practices.importer.text')}
              autosize
              minRows={14}
              maxRows={30}
              maxLength={PRACTICE_LIMITS.cahierMax}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button loading={state.loading} disabled={text.trim().length < 3} onClick={() => void submit()}>
                {t('practices.importer.create')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="import-preview">
            <Title order={2} size="h4" id="import-preview" mb="sm">
              {t('practices.importer.preview')}
            </Title>
            {parsed && (
              <Stack gap="sm">
                <div>
                  <Text size="sm" fw={700}>
                    {t('practices.importer.previewTitle')}
                  </Text>
                  <Text>{parsed.title}</Text>
                </div>
                {parsed.sections.length === 0 && <Text size="sm">{t('practices.importer.noHeading')}</Text>}
                {parsed.sections.map((s, i) => (
                  <div key={i}>
                    <Text size="sm" fw={700}>
                      {s.kind === SectionKind.OTHER ? s.heading : SECTION_LABELS[s.kind][locale]}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {s.body}
                    </Text>
                  </div>
                ))}
                {parsed.unplaced.length > 0 && (
                  <div>
                    <Text size="sm" fw={700}>
                      {t('practices.importer.unplaced')}
                    </Text>
                    <List size="sm">
                      {parsed.unplaced.map((line, i) => (
                        <List.Item key={i}>{line}</List.Item>
                      ))}
                    </List>
                  </div>
                )}
              </Stack>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
