import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

export interface ApolloClientOptions {
  uri?: string;
  /** The language the API answers errors in (Accept-Language). */
  getLocale: () => 'fr' | 'en';
  /** The in-memory access token, when signed in. */
  getAccessToken?: () => string | null;
}

/** One client per tab: the access token and the language travel as headers on every operation. */
export function createApolloClient({ uri = '/graphql', getLocale, getAccessToken }: ApolloClientOptions) {
  const headers = new SetContextLink((prev) => {
    const token = getAccessToken?.();
    return {
      headers: {
        ...(prev['headers'] as Record<string, string> | undefined),
        'accept-language': getLocale(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });
  return new ApolloClient({
    link: ApolloLink.from([headers, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
        Department: { keyFields: ['code'] },
      },
    }),
  });
}
