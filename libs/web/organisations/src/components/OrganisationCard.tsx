import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { OrganisationCardFragment } from '@mouvement/web-data-access';
import { ORGANISATION_KIND_LABELS, THEME_LABELS, type OrganisationKind, type Theme } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function OrganisationCard({ org }: { org: OrganisationCardFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card withBorder padding="md" radius="md" component="article">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={`/organisations/${org.slug}`} fw={700} size="lg">
            {org.name}
          </Anchor>
          {org.isSocialEconomy && (
            <Badge color="mouvement" variant="light" style={{ flexShrink: 0 }}>
              {t('organisations.essBadge')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {ORGANISATION_KIND_LABELS[org.kind as OrganisationKind][locale]} · {org.department ? `${org.department.name}, ` : ''}
          {locale === 'en' ? org.region.nameEn : org.region.name}
        </Text>
        <Group gap={6}>
          {org.themes.map((theme) => (
            <Badge key={theme} variant="outline" color="gray" size="sm" styles={{ root: { color: '#343a40' } }}>
              {THEME_LABELS[theme as Theme][locale]}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          {org.claimable ? t('organisations.unclaimed') : t('organisations.members', { count: org.memberCount })}
        </Text>
      </Stack>
    </Card>
  );
}
