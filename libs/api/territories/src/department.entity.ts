import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { RegionEntity } from './region.entity';

/** An official French department (INSEE code: "33", "2A", "974"). */
@Entity('department')
export class DepartmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 3 })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, (r) => r.departments)
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
