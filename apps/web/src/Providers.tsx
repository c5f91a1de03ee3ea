import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { createApolloClient, SessionProvider, SessionStore } from '@mouvement/web-data-access';
import { createI18n, currentLocale } from '@mouvement/web-i18n';
import { cssVariablesResolver, theme } from '@mouvement/web-ui';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

export function Providers({ children }: { children: ReactNode }) {
  const i18n = useMemo(() => createI18n(), []);
  const session = useMemo(() => new SessionStore(), []);
  const client = useMemo(() => createApolloClient({ getLocale: () => currentLocale(i18n), session }), [i18n, session]);
  useEffect(() => {
    // Restore the session from the refresh cookie, if there is one.
    void session.refresh();
  }, [session]);
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider store={session}>
        <ApolloProvider client={client}>
          <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
            {children}
          </MantineProvider>
        </ApolloProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}
