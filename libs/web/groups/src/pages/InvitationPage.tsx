import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Container, Group, Loader, Stack, Title } from '@mantine/core';
import { AcceptGroupInvitationDocument, toApiProblem, useSession, useSessionStore } from '@mouvement/web-data-access';
import { usePageTitle } from '@mouvement/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

/** An emailed invitation (for the account of its address, once) or a shareable link, accepted as the signed-in person. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('groups.invitation.title'));
  const session = useSession();
  const store = useSessionStore();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept] = useMutation(AcceptGroupInvitationDocument);
  const [result, setResult] = useState<{ ok: true; name: string; slug: string } | { ok: false; message: string; code: string } | null>(
    null,
  );
  const started = useRef(false);
  useEffect(() => {
    if (session.status !== 'signedIn' || started.current) return;
    started.current = true;
    accept({ variables: { token } })
      .then(({ data }) => data && setResult({ ok: true, name: data.acceptGroupInvitation.name, slug: data.acceptGroupInvitation.slug }))
      .catch((error: unknown) => {
        const problem = toApiProblem(error, t('app.error'));
        setResult({ ok: false, message: problem.message, code: problem.code });
      });
  }, [session.status, token, accept, t]);
  return (
    <Container size="sm" py="xl">
      <Title order={1} mb="lg">
        {t('groups.invitation.title')}
      </Title>
      {session.status === 'anonymous' && (
        <Stack align="flex-start">
          <Alert role="status">{t('groups.invitation.signIn')}</Alert>
          <Group>
            <Button component={Link} to={`/connexion?suite=/invitations/${token}`}>
              {t('nav.signIn')}
            </Button>
            <Button component={Link} variant="default" to={`/inscription?suite=/invitations/${token}`}>
              {t('nav.signUp')}
            </Button>
          </Group>
        </Stack>
      )}
      {session.status === 'signedIn' && !result && <Loader role="status" aria-label={t('groups.invitation.accepting')} />}
      {result?.ok === true && (
        <Stack align="flex-start">
          <Alert color="green" role="status">
            {t('groups.invitation.accepted', { name: result.name })}
          </Alert>
          <Button component={Link} to={`/groupes/${result.slug}`}>
            {t('groups.invitation.open')}
          </Button>
        </Stack>
      )}
      {result?.ok === false && (
        <Stack align="flex-start">
          <Alert color="red" role="alert">
            {result.message}
          </Alert>
          {/* Sent to another address: sign in with the right account, then come back here. */}
          {result.code === 'FORBIDDEN' && (
            <Button
              variant="default"
              onClick={async () => {
                await store.signOut();
                await client.clearStore();
                void navigate(`/connexion?suite=/invitations/${token}`);
              }}
            >
              {t('groups.invitation.switchAccount')}
            </Button>
          )}
        </Stack>
      )}
    </Container>
  );
}
