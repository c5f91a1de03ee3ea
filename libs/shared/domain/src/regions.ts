import type { Labels } from './labels';

/**
 * What the product adds to the official list of regions (names and codes come from
 * `@etalab/decoupage-administratif`): an English label, the time zone events are shown in,
 * and the tile placed for the tile-grid map (column, row; overseas regions on the last row).
 */
export interface RegionExtra {
  code: string;
  labels: Labels;
  timeZone: string;
  tile: { col: number; row: number };
  overseas: boolean;
}

const metro = (code: string, fr: string, en: string, col: number, row: number): RegionExtra => ({
  code,
  labels: { fr, en },
  timeZone: 'Europe/Paris',
  tile: { col, row },
  overseas: false,
});
const overseas = (code: string, fr: string, en: string, timeZone: string, col: number): RegionExtra => ({
  code,
  labels: { fr, en },
  timeZone,
  tile: { col, row: 5 },
  overseas: true,
});

export const REGION_EXTRAS: readonly RegionExtra[] = [
  metro('32', 'Hauts-de-France', 'Hauts-de-France', 2, 0),
  metro('53', 'Bretagne', 'Brittany', 0, 1),
  metro('28', 'Normandie', 'Normandy', 1, 1),
  metro('11', 'Île-de-France', 'Île-de-France', 2, 1),
  metro('44', 'Grand Est', 'Grand Est', 3, 1),
  metro('52', 'Pays de la Loire', 'Pays de la Loire', 1, 2),
  metro('24', 'Centre-Val de Loire', 'Centre-Val de Loire', 2, 2),
  metro('27', 'Bourgogne-Franche-Comté', 'Burgundy-Franche-Comté', 3, 2),
  metro('75', 'Nouvelle-Aquitaine', 'Nouvelle-Aquitaine', 1, 3),
  metro('84', 'Auvergne-Rhône-Alpes', 'Auvergne-Rhône-Alpes', 2, 3),
  metro('76', 'Occitanie', 'Occitania', 2, 4),
  metro('93', "Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", 3, 4),
  metro('94', 'Corse', 'Corsica', 4, 4),
  overseas('01', 'Guadeloupe', 'Guadeloupe', 'America/Guadeloupe', 0),
  overseas('02', 'Martinique', 'Martinique', 'America/Martinique', 1),
  overseas('03', 'Guyane', 'French Guiana', 'America/Cayenne', 2),
  overseas('04', 'La Réunion', 'Réunion', 'Indian/Reunion', 3),
  overseas('06', 'Mayotte', 'Mayotte', 'Indian/Mayotte', 4),
];

export const REGION_EXTRA_BY_CODE: ReadonlyMap<string, RegionExtra> = new Map(REGION_EXTRAS.map((r) => [r.code, r]));
