import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DepartmentEntity } from './department.entity';

/** An official French region, keyed by its INSEE code (a stable public identifier, hence no UUID). */
@Entity('region')
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'boolean' })
  overseas!: boolean;

  @Column({ type: 'smallint' })
  tileCol!: number;

  @Column({ type: 'smallint' })
  tileRow!: number;

  @OneToMany(() => DepartmentEntity, (d) => d.region)
  departments?: DepartmentEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
