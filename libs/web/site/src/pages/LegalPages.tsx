import { Container, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { ACCESSIBILITY_STATEMENT, LEGAL_NOTICE, PRIVACY_NOTICE, type LegalSection } from './legal-content';

function LegalPage({ title, sections }: { title: string; sections: LegalSection[] }) {
  usePageTitle(title);
  return (
    <Container size="md" py="xl">
      <Title order={1} mb="lg">
        {title}
      </Title>
      <Stack gap="lg">
        {sections.map((s) => (
          <section key={s.heading}>
            <Title order={2} size="h3" mb="xs">
              {s.heading}
            </Title>
            {s.paragraphs.map((p) => (
              <Text key={p.slice(0, 40)} mb="xs">
                {p}
              </Text>
            ))}
          </section>
        ))}
      </Stack>
    </Container>
  );
}

function useLocale(): 'fr' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('en') ? 'en' : 'fr';
}

export function LegalNoticePage() {
  const { t } = useTranslation();
  return <LegalPage title={t('legal.title')} sections={LEGAL_NOTICE[useLocale()]} />;
}

export function PrivacyPage() {
  const { t } = useTranslation();
  return <LegalPage title={t('legal.privacyTitle')} sections={PRIVACY_NOTICE[useLocale()]} />;
}

export function AccessibilityPage() {
  const { t } = useTranslation();
  return <LegalPage title={t('legal.accessibilityTitle')} sections={ACCESSIBILITY_STATEMENT[useLocale()]} />;
}
