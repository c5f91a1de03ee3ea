import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Container, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { MembersDocument, SetPlatformRoleDocument, toApiProblem, useSession, type MemberFilter } from '@mouvement/web-data-access';
import { MEMBER_KIND_LABELS, MemberKind, THEME_LABELS, type Theme } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { RegionFilter, SearchField, ThemeFilter, useDebouncedParam, useParam } from '@mouvement/web-organisations';
import { usePageTitle } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

const PAGE_SIZE = 24;

export function MemberDirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.title'));
  const session = useSession();
  return (
    <Container size="lg" py="xl">
      <Title order={1} mb="xs">
        {t('members.title')}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('members.lead')}
      </Text>
      {session.status === 'signedIn' ? (
        <Directory />
      ) : session.status === 'anonymous' ? (
        <Stack align="flex-start">
          <Text>{t('members.signedOut')}</Text>
          <Button component={Link} to="/connexion?suite=/membres">
            {t('nav.signIn')}
          </Button>
        </Stack>
      ) : (
        <Loader role="status" aria-label={t('app.loading')} />
      )}
    </Container>
  );
}

function Directory() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const param = useParam(params, setParams);
  const [search, setSearch] = useDebouncedParam(params, setParams, 'q');
  const [skill, setSkill] = useDebouncedParam(params, setParams, 'competence');
  const filter: MemberFilter = {
    search: params.get('q'),
    skill: params.get('competence'),
    regionCode: params.get('region'),
    kind: params.get('type') as MemberFilter['kind'],
    theme: params.get('theme') as MemberFilter['theme'],
  };
  const { data, loading, error, fetchMore } = useQuery(MembersDocument, {
    variables: { first: PAGE_SIZE, filter, sort: 'NAME' },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.members;
  const session = useSession();
  const [setRole] = useMutation(SetPlatformRoleDocument);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const changeRole = async (id: string, name: string, role: 'ADMIN' | 'MEMBER') => {
    try {
      await setRole({ variables: { accountId: id, role } });
      setNotice({ ok: true, text: t('members.roleChanged', { name }) });
    } catch (e) {
      setNotice({ ok: false, text: toApiProblem(e, t('app.error')).message });
    }
  };
  return (
    <>
      <form role="search" aria-label={t('directory.filters')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} mb="lg">
          <SearchField label={t('directory.search')} value={search} onChange={setSearch} />
          <RegionFilter value={param('region').value} onChange={param('region').set} />
          <Select
            label={t('directory.kind')}
            placeholder={t('directory.all')}
            clearable
            data={Object.values(MemberKind).map((k) => ({ value: k, label: MEMBER_KIND_LABELS[k][locale] }))}
            value={param('type').value}
            onChange={param('type').set}
          />
          <ThemeFilter value={param('theme').value} onChange={param('theme').set} />
          <SearchField label={t('members.skill')} value={skill} onChange={setSkill} />
        </SimpleGrid>
      </form>
      <Text role="status" aria-live="polite" mb="sm" fw={500}>
        {connection ? t('directory.results', { count: connection.totalCount }) : ''}
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {t('app.error')}
        </Alert>
      )}
      {notice && (
        <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'} mb="sm">
          {notice.text}
        </Alert>
      )}
      {connection && connection.edges.length === 0 && <Text>{t('directory.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" className="plain-list">
        {connection?.edges.map(({ node: m }) => (
          <li key={m.id}>
            <Card withBorder padding="md" component="article" h="100%">
              <Text fw={700} component="h2" size="lg">
                {m.displayName}
              </Text>
              <Text size="sm">
                {MEMBER_KIND_LABELS[m.kind as MemberKind][locale]} · {m.department ? `${m.department.name}, ` : ''}
                {locale === 'en' ? m.region.nameEn : m.region.name}
              </Text>
              {m.email && <Text size="sm">{m.email}</Text>}
              {m.role === 'ADMIN' && (
                <Badge mt={4} color="dark" variant="light">
                  {t('members.adminBadge')}
                </Badge>
              )}
              {m.bio ? (
                <Text size="sm" mt="xs" lineClamp={3}>
                  {m.bio}
                </Text>
              ) : (
                !m.skills &&
                !m.themes && (
                  <Text size="sm" mt="xs" c="dimmed">
                    {t('members.private')}
                  </Text>
                )
              )}
              <Group gap={6} mt="xs">
                {m.skills?.map((s) => (
                  <Badge key={s} variant="light" size="sm">
                    {s}
                  </Badge>
                ))}
                {m.themes?.map((theme) => (
                  <Badge key={theme} variant="outline" color="gray" size="sm" styles={{ root: { color: '#343a40' } }}>
                    {THEME_LABELS[theme as Theme][locale]}
                  </Badge>
                ))}
              </Group>
              {m.role && m.id !== session.account?.id && (
                <Button
                  mt="sm"
                  size="xs"
                  variant="default"
                  aria-label={`${m.role === 'ADMIN' ? t('members.removeAdmin') : t('members.makeAdmin')} : ${m.displayName}`}
                  onClick={() => void changeRole(m.id, m.displayName, m.role === 'ADMIN' ? 'MEMBER' : 'ADMIN')}
                >
                  {m.role === 'ADMIN' ? t('members.removeAdmin') : t('members.makeAdmin')}
                </Button>
              )}
            </Card>
          </li>
        ))}
      </SimpleGrid>
      {!data && loading && <Loader role="status" aria-label={t('app.loading')} />}
      {connection?.pageInfo.hasNextPage && (
        <Group justify="center" mt="lg">
          <Button
            variant="light"
            loading={loading}
            onClick={() => void fetchMore({ variables: { first: PAGE_SIZE, after: connection.pageInfo.endCursor } })}
          >
            {t('directory.more')}
          </Button>
        </Group>
      )}
    </>
  );
}
