import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { relayStylePagination } from '@apollo/client/utilities';
import type { SessionStore } from './session';

export interface ApolloClientOptions {
  uri?: string;
  /** The language the API answers errors in (Accept-Language): the one chosen in the interface. */
  getLocale: () => 'fr' | 'en';
  session?: SessionStore;
}

/** One client per tab: a fresh access token and the language travel as headers on every operation. */
export function createApolloClient({ uri = '/graphql', getLocale, session }: ApolloClientOptions) {
  const headers = new SetContextLink(async (prev) => {
    const token = session ? await session.freshToken() : null;
    return {
      headers: {
        ...(prev['headers'] as Record<string, string> | undefined),
        'accept-language': getLocale(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });
  // A session revoked elsewhere (password reset, sign-out on another device) ends here too.
  const expired = new ErrorLink(({ error }) => {
    if (
      session &&
      session.getState().status === 'signedIn' &&
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      void session.refresh();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([expired, headers, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // "Show more" appends the next page of the same filtered, sorted list.
            organisations: relayStylePagination(['filter', 'sort']),
            members: relayStylePagination(['filter', 'sort']),
            groups: relayStylePagination(['filter', 'sort']),
            groupFeed: relayStylePagination(['groupId']),
            practices: relayStylePagination(['filter', 'sort']),
            practiceComments: relayStylePagination(['practiceId']),
          },
        },
        Region: { keyFields: ['code'] },
        Department: { keyFields: ['code'] },
      },
    }),
  });
}
