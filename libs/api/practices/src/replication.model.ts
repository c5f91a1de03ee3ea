import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EmptyToNull, OptionalNotNull, ReplicationStatus, ViewerDependent } from '@mouvement/api-core';
import { Member } from '@mouvement/api-accounts';
import { Organisation } from '@mouvement/api-organisations';
import { Department, Region } from '@mouvement/api-territories';
import { REPLICATION_LIMITS } from '@mouvement/shared-domain';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Practice } from './practice.model';

@ObjectType({ description: 'A declaration that a practice is being replicated somewhere ("essaimage").' })
export class Replication {
  @Field(() => ID) id!: string;
  @Field(() => ID) practiceId!: string;
  @Field(() => Region) region!: Region;
  @Field(() => Department, { nullable: true }) department!: Department | null;
  @Field(() => ReplicationStatus) status!: ReplicationStatus;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field({ description: 'The declarer agrees to be contacted about it.' }) contactConsent!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  organisationId!: string | null;
  declaredById!: string;

  @Field(() => Organisation, { nullable: true, description: 'The organisation that replicates it.' })
  organisation!: PromiseLike<Organisation | null>;
  @Field(() => Member, {
    nullable: true,
    description: 'Who declared it: shown to signed-in members when they agreed to be contacted, and to themselves and admins.',
  })
  declaredBy!: PromiseLike<Member | null>;
  @Field(() => Practice) practice!: PromiseLike<Practice>;
  @ViewerDependent()
  @Field(() => Boolean, { description: 'The declarer may change or withdraw it (an admin may only withdraw it, as a moderator).' })
  viewerCanEdit!: boolean;
}

@InputType({ isAbstract: true })
abstract class ReplicationFields {
  @Field(() => ReplicationStatus, { nullable: true }) @OptionalNotNull() @IsEnum(ReplicationStatus) status?: ReplicationStatus;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(REPLICATION_LIMITS.notesMax)
  notes?: string | null;
  @Field(() => Boolean, { nullable: true }) @OptionalNotNull() @IsBoolean() contactConsent?: boolean;
}

@InputType({ description: 'Where and by whom a practice is replicated.' })
export class DeclareReplicationInput extends ReplicationFields {
  @Field(() => ID) @IsUUID() practiceId!: string;
  @Field() @IsString() @MaxLength(3) regionCode!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @EmptyToNull() @IsString() @MaxLength(3) departmentCode?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @EmptyToNull() @IsUUID() organisationId?: string | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateReplicationInput extends ReplicationFields {}

@ArgsType()
export class ReplicationIdArgs {
  @Field(() => ID) @IsUUID() replicationId!: string;
}

@ArgsType()
export class ReplicationsArgs {
  @Field(() => ID) @IsUUID() practiceId!: string;
}
