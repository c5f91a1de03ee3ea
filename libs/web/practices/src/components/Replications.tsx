import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  DeclareReplicationDocument,
  MyOrganisationsDocument,
  ReplicationsDocument,
  toApiProblem,
  useDepartments,
  useRegions,
  useSession,
  WithdrawReplicationDocument,
  type PracticeFieldsFragment,
} from '@mouvement/web-data-access';
import { REPLICATION_LIMITS, ReplicationStatus } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { RegionTileMap } from '@mouvement/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** How far a practice spread: the count, the tile map of regions with its table, the list, and "I replicate it". */
export function Replications({ practice }: { practice: PracticeFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const location = useLocation();
  const regions = useRegions();
  const list = useQuery(ReplicationsDocument, { variables: { practiceId: practice.id }, fetchPolicy: 'cache-and-network' });
  const [withdraw] = useMutation(WithdrawReplicationDocument, { refetchQueries: ['Practice', 'Replications'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState<string | null>(null);
  const counts = new Map(practice.replicationMap.map((r) => [r.region.code, r.count]));
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium' });
  return (
    <section aria-labelledby="replications" className="replications">
      <Title order={2} size="h3" id="replications" mb="xs">
        {t('practices.replication.title')}
      </Title>
      <Text mb="md">
        {practice.replicationCount
          ? t('practices.replication.lead', { count: practice.replicationCount, regions: practice.replicationMap.length })
          : t('practices.replication.none')}
      </Text>
      {notice && (
        <Alert color="green" role="status" mb="md">
          {notice}
        </Alert>
      )}
      {regions.data && (
        <RegionTileMap
          title={t('practices.replication.mapTitle')}
          regionHeader={t('practices.replication.region')}
          valueHeader={t('practices.replication.count')}
          regions={regions.data.regions.map((r) => ({
            code: r.code,
            label: locale === 'en' ? r.nameEn : r.name,
            col: r.tile.col,
            row: r.tile.row,
            value: counts.get(r.code) ?? 0,
          }))}
        />
      )}
      {(list.data?.replications.length ?? 0) > 0 && (
        <>
          <Title order={3} size="h4" mt="lg" mb="xs">
            {t('practices.replication.list')}
          </Title>
          <Stack gap="xs" component="ul" className="plain-list">
            {list.data?.replications.map((r) => (
              <Paper withBorder p="sm" key={r.id} component="li">
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <div>
                    <Text fw={600}>
                      {r.department ? `${r.department.name}, ` : ''}
                      {locale === 'en' ? r.region.nameEn : r.region.name}
                      {r.organisation && (
                        <>
                          {' · '}
                          <Anchor component={Link} to={`/organisations/${r.organisation.slug}`}>
                            {r.organisation.name}
                          </Anchor>
                        </>
                      )}
                    </Text>
                    <Text size="sm">
                      {format.format(new Date(r.createdAt))}
                      {r.declaredBy ? ` · ${t('practices.replication.by', { name: r.declaredBy.displayName })}` : ''}
                    </Text>
                    {r.notes && <Text size="sm">« {r.notes} »</Text>}
                  </div>
                  <Group gap="xs">
                    <Badge variant="light">{t(`practices.replication.statuses.${r.status}`)}</Badge>
                    {r.viewerCanEdit && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={async () => {
                          await withdraw({ variables: { replicationId: r.id } });
                          setNotice(t('practices.replication.withdrawn'));
                        }}
                      >
                        {t('practices.replication.withdraw')}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        </>
      )}
      {practice.status === 'PUBLISHED' &&
        (session.status === 'signedIn' ? (
          <DeclareForm practiceId={practice.id} onDone={() => setNotice(t('practices.replication.declared'))} />
        ) : (
          <Text size="sm" mt="md">
            <Anchor component={Link} to={`/connexion?suite=${encodeURIComponent(location.pathname)}`}>
              {t('practices.replication.signIn')}
            </Anchor>
          </Text>
        ))}
    </section>
  );
}

function DeclareForm({ practiceId, onDone }: { practiceId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const regions = useRegions();
  const [values, setValues] = useState({
    regionCode: null as string | null,
    departmentCode: null as string | null,
    organisationId: null as string | null,
    status: ReplicationStatus.EXPLORING as ReplicationStatus,
    notes: '',
    contactConsent: false,
  });
  const departments = useDepartments(values.regionCode);
  const organisations = useQuery(MyOrganisationsDocument);
  const [declare, state] = useMutation(DeclareReplicationDocument, {
    refetchQueries: ['Practice', 'Replications'],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const submit = async () => {
    setProblem(null);
    try {
      await declare({
        variables: {
          input: {
            practiceId,
            regionCode: values.regionCode ?? '',
            departmentCode: values.departmentCode,
            organisationId: values.organisationId,
            status: values.status,
            notes: values.notes.trim() || null,
            contactConsent: values.contactConsent,
          },
        },
      });
      setValues((v) => ({ ...v, notes: '' }));
      onDone();
    } catch (error) {
      const p = toApiProblem(error, t('app.error'));
      setProblem({ message: p.message, fields: p.fields });
    }
  };
  const myOrganisations = (organisations.data?.myOrganisationMemberships ?? []).filter((m) => m.status === 'ACTIVE');
  return (
    <Paper
      withBorder
      p="md"
      mt="lg"
      component="form"
      aria-labelledby="declare-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Title order={3} size="h4" id="declare-title">
        {t('practices.replication.declare')}
      </Title>
      <Text size="sm" mb="sm">
        {t('practices.replication.declareLead')}
      </Text>
      <Stack gap="sm">
        {problem && (
          <Alert color="red" role="alert">
            {problem.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('practices.replication.where')}
            required
            searchable
            data={(regions.data?.regions ?? []).map((r) => ({ value: r.code, label: locale === 'en' ? r.nameEn : r.name }))}
            value={values.regionCode}
            onChange={(v) => setValues({ ...values, regionCode: v, departmentCode: null })}
            error={problem?.fields['regionCode']}
          />
          <Select
            label={t('practices.replication.department')}
            searchable
            clearable
            disabled={!values.regionCode}
            data={(departments.data?.departments ?? []).map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
            value={values.departmentCode}
            onChange={(v) => setValues({ ...values, departmentCode: v })}
            error={problem?.fields['departmentCode']}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('practices.replication.status')}
            allowDeselect={false}
            data={Object.values(ReplicationStatus).map((s) => ({ value: s, label: t(`practices.replication.statuses.${s}`) }))}
            value={values.status}
            onChange={(v) => setValues({ ...values, status: (v as ReplicationStatus) ?? ReplicationStatus.EXPLORING })}
          />
          {myOrganisations.length > 0 && (
            <Select
              label={t('practices.replication.organisation')}
              clearable
              data={myOrganisations.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))}
              value={values.organisationId}
              onChange={(v) => setValues({ ...values, organisationId: v })}
              error={problem?.fields['organisationId']}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('practices.replication.notes')}
          autosize
          minRows={2}
          maxLength={REPLICATION_LIMITS.notesMax}
          value={values.notes}
          onChange={(e) => setValues({ ...values, notes: e.currentTarget.value })}
        />
        <Checkbox
          label={t('practices.replication.consent')}
          checked={values.contactConsent}
          onChange={(e) => setValues({ ...values, contactConsent: e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={state.loading} disabled={!values.regionCode}>
            {t('practices.replication.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
