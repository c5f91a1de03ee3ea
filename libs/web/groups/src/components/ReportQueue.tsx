import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group as Row, Paper, Stack, Text, Title } from '@mantine/core';
import { ModerateContentDocument, ReportQueueDocument } from '@mouvement/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The coordinators' queue of reported content for one group; without a group, every queue the viewer may see (admins: all). */
export function ReportQueue({ groupId = null }: { groupId?: string | null }) {
  const { t } = useTranslation();
  const { data } = useQuery(ReportQueueDocument, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  const [moderate] = useMutation(ModerateContentDocument, { refetchQueries: ['ReportQueue', 'GroupFeed'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState<string | null>(null);
  const items = data?.reportQueue ?? [];
  return (
    <section aria-labelledby="report-queue">
      <Title order={2} size="h3" id="report-queue" mb="xs">
        {t('groups.moderation.queue')}
      </Title>
      {notice && (
        <Alert color="green" role="status" mb="sm">
          {notice}
        </Alert>
      )}
      {data && items.length === 0 && <Text size="sm">{t('groups.moderation.none')}</Text>}
      <Stack gap="sm" component="ul" className="plain-list">
        {items.map((item) => (
          <Paper withBorder p="sm" key={item.targetId} component="li">
            <Row justify="space-between" align="flex-start" wrap="wrap">
              <div>
                <Text size="sm" fw={600}>
                  {item.targetType === 'PRACTICE' && item.slug ? (
                    <>
                      {t('groups.moderation.practiceSheet')}{' '}
                      <Anchor component={Link} to={`/pratiques/${item.slug}`}>
                        {item.excerpt}
                      </Anchor>
                    </>
                  ) : (
                    <>« {item.excerpt.slice(0, 200)} »</>
                  )}
                </Text>
                <Text size="sm">
                  {t('groups.moderation.reports', { count: item.reportCount })} : {item.reasons.join(' ; ')}
                </Text>
                {item.hidden && (
                  <Badge color="dark" variant="light">
                    {t('groups.moderation.isHidden')}
                  </Badge>
                )}
              </div>
              <Row gap="xs">
                {(['HIDE', 'RESTORE', 'DISMISS'] as const)
                  .filter((a) => (item.hidden ? a !== 'HIDE' : a !== 'RESTORE'))
                  .map((action) => (
                    <Button
                      key={action}
                      size="xs"
                      variant={action === 'HIDE' ? 'filled' : 'default'}
                      onClick={async () => {
                        await moderate({ variables: { targetType: item.targetType, targetId: item.targetId, action } });
                        setNotice(t('groups.moderation.done'));
                      }}
                    >
                      {t(`groups.moderation.${action === 'HIDE' ? 'hide' : action === 'RESTORE' ? 'restore' : 'dismiss'}`)}
                    </Button>
                  ))}
              </Row>
            </Row>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
