import { REGION_EXTRA_BY_CODE } from '@mouvement/shared-domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface EtalabRegion {
  code: string;
  nom: string;
  zone: string;
}
interface EtalabDepartment {
  code: string;
  nom: string;
  region?: string;
  zone: string;
}

/**
 * Extensions and French search configuration every later table uses, then the official regions and
 * departments (metropolitan and overseas regions; overseas collectivities are out of scope) from
 * `@etalab/decoupage-administratif`.
 */
export class CreateTerritories1764230400000 implements MigrationInterface {
  name = 'CreateTerritories1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french)`);
    await q.query(`ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`);
    await q.query(`
      CREATE TABLE region (
        code varchar(3) PRIMARY KEY,
        name text NOT NULL,
        name_en text NOT NULL,
        time_zone text NOT NULL,
        overseas boolean NOT NULL,
        tile_col smallint NOT NULL,
        tile_row smallint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE department (
        code varchar(3) PRIMARY KEY,
        name text NOT NULL,
        region_code varchar(3) NOT NULL REFERENCES region(code),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX department_region_code_idx ON department (region_code)`);

    const regions = require('@etalab/decoupage-administratif/data/regions.json') as EtalabRegion[];
    const departments = require('@etalab/decoupage-administratif/data/departements.json') as EtalabDepartment[];
    for (const region of regions.filter((r) => r.zone === 'metro' || r.zone === 'drom')) {
      const extra = REGION_EXTRA_BY_CODE.get(region.code);
      if (!extra) throw new Error(`No map tile or time zone for region ${region.code} ${region.nom}`);
      await q.query(
        `INSERT INTO region (code, name, name_en, time_zone, overseas, tile_col, tile_row) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [region.code, region.nom, extra.labels.en, extra.timeZone, extra.overseas, extra.tile.col, extra.tile.row],
      );
    }
    for (const department of departments.filter((d) => (d.zone === 'metro' || d.zone === 'drom') && d.region)) {
      await q.query(`INSERT INTO department (code, name, region_code) VALUES ($1, $2, $3)`, [
        department.code,
        department.nom,
        department.region,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE department`);
    await q.query(`DROP TABLE region`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION fr_unaccent`);
    // Extensions stay: other databases objects may use them and dropping needs no rollback.
  }
}
