import { ArgsType, Field } from '@nestjs/graphql';
import { LIMITS } from '@mouvement/shared-domain';
import { Transform } from 'class-transformer';
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
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(LIMITS.emailMax)
  email!: string;
}
