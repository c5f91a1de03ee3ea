import { useQuery } from '@apollo/client/react';
import { HomeFiguresDocument } from '@mouvement/web-data-access';

export function useHomeFigures() {
  return useQuery(HomeFiguresDocument);
}
