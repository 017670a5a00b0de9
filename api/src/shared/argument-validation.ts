import { validate } from 'class-validator';
import { badUserInput } from './errors';

/**
 * class-validator's rules, refused as every other BAD_USER_INPUT is: naming the argument (type-graphql's
 * own error does not). Pass it as `validateFn` of @Args.
 */
export async function refuseNamingTheArgument(args: unknown): Promise<void> {
  if (!args || typeof args !== 'object') return;
  const [problem] = await validate(args, { forbidUnknownValues: true });
  if (problem) throw badUserInput(problem.property, Object.values(problem.constraints ?? {})[0] ?? 'is not valid');
}
