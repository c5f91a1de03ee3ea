import { Trim } from '@mouvement/api-core';
import { ArgsType, Field } from '@nestjs/graphql';
import { LIMITS } from '@mouvement/shared-domain';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class TokenArgs {
  @Field({ description: 'The token from the emailed link.' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

@ArgsType()
export class EmailArgs {
  @Field()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.emailMax)
  email!: string;
}
