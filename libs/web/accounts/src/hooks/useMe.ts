import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@mouvement/web-data-access';

export function useMe(skip = false) {
  return useQuery(MeDocument, { skip, fetchPolicy: 'cache-and-network' });
}
