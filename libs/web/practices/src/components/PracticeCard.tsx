import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { PracticeCardFragment } from '@mouvement/web-data-access';
import { THEME_LABELS, type Theme } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A practice in a list: title, where, themes, who runs it, and the excerpt where a search found its words. */
export function PracticeCard({
  practice,
  snippet,
  showStatus = false,
}: {
  practice: PracticeCardFragment;
  snippet?: string | null;
  showStatus?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={practice.title}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={`/pratiques/${practice.slug}`} fw={700} size="lg">
            {practice.title}
          </Anchor>
          {showStatus && (
            <Badge
              variant={practice.status === 'PUBLISHED' ? 'light' : 'outline'}
              color={practice.status === 'PUBLISHED' ? 'mouvement' : 'gray'}
              styles={{ root: { color: practice.status === 'PUBLISHED' ? undefined : '#343a40', flexShrink: 0 } }}
            >
              {t(`practices.status.${practice.status}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {[practice.region ? (locale === 'en' ? practice.region.nameEn : practice.region.name) : null, practice.organisation?.name]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {/* The API escapes the excerpt and marks the words found with <mark> only. */}
        {snippet ? (
          <Text size="sm" className="search-snippet" dangerouslySetInnerHTML={{ __html: snippet }} />
        ) : (
          practice.summary && (
            <Text size="sm" lineClamp={3}>
              {practice.summary}
            </Text>
          )
        )}
        <Group gap={6}>
          {practice.themes.map((theme) => (
            <Badge key={theme} variant="outline" color="gray" size="sm" styles={{ root: { color: '#343a40' } }}>
              {THEME_LABELS[theme as Theme][locale]}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          {t('practices.useful', { count: practice.usefulCount })} · {t('practices.replications', { count: practice.replicationCount })}
        </Text>
      </Stack>
    </Card>
  );
}
