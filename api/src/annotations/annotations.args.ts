import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { DateScalar } from '../shared/date.scalar';

@ArgsType()
export class AnnotationsArgs {
  @Field(() => DateScalar, { nullable: true, description: 'First day, inclusive (YYYY-MM-DD). Absent: from the earliest.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, inclusive (YYYY-MM-DD). Absent: to the latest.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  to?: string | null;
}

@ArgsType()
export class AddAnnotationArgs {
  @Field(() => DateScalar, { description: 'The day the note is about (YYYY-MM-DD).' })
  @IsString()
  @MaxLength(20)
  date: string;

  @Field({ description: 'What happened, in a line (at most 200 characters).' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  title: string;
}

@ArgsType()
export class UpdateAnnotationArgs extends AddAnnotationArgs {
  @Field(() => ID, { description: 'An analyst\'s note, "note:<n>"; timeline events are reference data and cannot be changed.' })
  @IsString()
  @MaxLength(40)
  id: string;
}

@ArgsType()
export class RemoveAnnotationArgs {
  @Field(() => ID, { description: 'An analyst\'s note, "note:<n>"; timeline events are reference data and cannot be removed.' })
  @IsString()
  @MaxLength(40)
  id: string;
}
