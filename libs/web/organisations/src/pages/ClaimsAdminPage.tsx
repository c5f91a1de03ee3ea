import { Alert, Anchor, Button, Container, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useSession } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDecideClaim, useOrganisationClaims } from '../hooks/useOrganisations';

/** Platform admins review ownership claims. */
export function ClaimsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.claims'));
  const session = useSession();
  const isAdmin = session.account?.role === 'ADMIN';
  return (
    <Container size="md" py="xl">
      <Title order={1} mb="xs">
        {t('admin.claims')}
      </Title>
      {isAdmin ? <ClaimsList /> : <Text>{session.status === 'unknown' ? t('app.loading') : t('admin.forbidden')}</Text>}
    </Container>
  );
}

function ClaimsList() {
  const { t } = useTranslation();
  const { data, loading } = useOrganisationClaims();
  const [decide] = useDecideClaim();
  const [notice, setNotice] = useState<string | null>(null);
  const claims = data?.organisationClaims ?? [];
  return (
    <>
      <Text c="dimmed" mb="lg">
        {t('admin.claimsLead')}
      </Text>
      {notice && (
        <Alert color="green" role="status" mb="md">
          {notice}
        </Alert>
      )}
      {!data && loading && <Loader role="status" aria-label={t('app.loading')} />}
      {data && claims.length === 0 && <Text>{t('admin.noClaims')}</Text>}
      <Stack component="ul" className="plain-list">
        {claims.map((c) => (
          <Paper withBorder p="md" key={c.id} component="li">
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <div>
                {c.organisation && (
                  <Anchor component={Link} to={`/organisations/${c.organisation.slug}`} fw={700}>
                    {c.organisation.name}
                  </Anchor>
                )}
                <Text size="sm">
                  {t('admin.by', { name: c.claimant?.displayName ?? '?' })} {c.claimant?.email ? `(${c.claimant.email})` : ''}
                </Text>
                <Text size="sm" mt={4}>
                  « {c.justification} »
                </Text>
              </div>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={async () => {
                    await decide({
                      variables: { claimId: c.id, approve: true },
                      refetchQueries: ['OrganisationClaims'],
                      awaitRefetchQueries: true,
                    });
                    setNotice(t('admin.approved'));
                  }}
                >
                  {t('admin.approve')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={async () => {
                    await decide({
                      variables: { claimId: c.id, approve: false },
                      refetchQueries: ['OrganisationClaims'],
                      awaitRefetchQueries: true,
                    });
                    setNotice(t('admin.rejected'));
                  }}
                >
                  {t('admin.reject')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
