import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainException } from '@mouvement/api-core';
import { DataSource } from 'typeorm';
import { DepartmentEntity } from './department.entity';
import { RegionEntity } from './region.entity';
import { Department, Region } from './territory.model';

/** Synchronous look-ups once the reference data is loaded, for mapping rows without a resolver per item. */
export interface TerritorySnapshot {
  region(code: string): Region;
  department(code: string | null | undefined): Department | null;
}

interface TerritoryIndex {
  regions: Region[];
  regionByCode: Map<string, Region>;
  departmentByCode: Map<string, Department>;
  departmentsByRegion: Map<string, Department[]>;
}

/**
 * Regions and departments are reference data loaded by a migration: read once per process and
 * kept in memory, so resolving a region on a list of 50 items costs no SQL at all.
 */
@Injectable()
export class TerritoriesService {
  private index?: Promise<TerritoryIndex>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private load(): Promise<TerritoryIndex> {
    this.index ??= (async () => {
      const [regionRows, departmentRows] = await Promise.all([
        this.dataSource.getRepository(RegionEntity).find({ order: { tileRow: 'ASC', tileCol: 'ASC' } }),
        this.dataSource.getRepository(DepartmentEntity).find({ order: { code: 'ASC' } }),
      ]);
      const regions = regionRows.map((r): Region => ({
        code: r.code,
        name: r.name,
        nameEn: r.nameEn,
        timeZone: r.timeZone,
        overseas: r.overseas,
        tile: { col: r.tileCol, row: r.tileRow },
      }));
      const departments = departmentRows.map((d): Department => ({ code: d.code, name: d.name, regionCode: d.regionCode }));
      const departmentsByRegion = new Map<string, Department[]>();
      for (const d of departments) departmentsByRegion.set(d.regionCode, [...(departmentsByRegion.get(d.regionCode) ?? []), d]);
      return {
        regions,
        regionByCode: new Map(regions.map((r) => [r.code, r])),
        departmentByCode: new Map(departments.map((d) => [d.code, d])),
        departmentsByRegion,
      };
    })().catch((error: unknown) => {
      this.index = undefined;
      throw error;
    });
    return this.index;
  }

  async snapshot(): Promise<TerritorySnapshot> {
    const index = await this.load();
    return {
      region: (code) => {
        const region = index.regionByCode.get(code);
        if (!region) throw new Error(`Unknown region ${code}`);
        return region;
      },
      department: (code) => (code ? (index.departmentByCode.get(code) ?? null) : null),
    };
  }

  async regions(): Promise<Region[]> {
    return (await this.load()).regions;
  }

  async region(code: string): Promise<Region | null> {
    return (await this.load()).regionByCode.get(code) ?? null;
  }

  async department(code: string): Promise<Department | null> {
    return (await this.load()).departmentByCode.get(code) ?? null;
  }

  async departments(regionCode: string): Promise<Department[]> {
    const index = await this.load();
    if (!index.regionByCode.has(regionCode)) throw unknownRegion('regionCode');
    return index.departmentsByRegion.get(regionCode) ?? [];
  }

  /** Checks a region code and, when given, that the department belongs to it. */
  async assertTerritory(regionCode: string, departmentCode?: string | null, fieldPrefix = ''): Promise<void> {
    const index = await this.load();
    if (!index.regionByCode.has(regionCode)) throw unknownRegion(`${fieldPrefix}regionCode`);
    if (departmentCode) {
      const department = index.departmentByCode.get(departmentCode);
      if (!department) {
        throw DomainException.field(`${fieldPrefix}departmentCode`, { fr: 'Département inconnu.', en: 'Unknown department.' });
      }
      if (department.regionCode !== regionCode) {
        throw DomainException.field(`${fieldPrefix}departmentCode`, {
          fr: "Ce département n'est pas dans la région choisie.",
          en: 'This department is not in the chosen region.',
        });
      }
    }
  }
}

function unknownRegion(field: string) {
  return DomainException.field(field, { fr: 'Région inconnue.', en: 'Unknown region.' });
}
