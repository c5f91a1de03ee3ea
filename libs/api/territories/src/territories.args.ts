import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class RegionCodeArgs {
  @Field({ description: 'INSEE code of the region.' })
  @IsString()
  @MaxLength(3)
  code!: string;
}
