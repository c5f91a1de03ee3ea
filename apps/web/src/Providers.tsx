import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { createApolloClient } from '@mouvement/web-data-access';
import { createI18n, currentLocale } from '@mouvement/web-i18n';
import { cssVariablesResolver, theme } from '@mouvement/web-ui';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

export function Providers({ children }: { children: ReactNode }) {
  const i18n = useMemo(() => createI18n(), []);
  const client = useMemo(() => createApolloClient({ getLocale: () => currentLocale(i18n) }), [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          {children}
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
