import { rolesFor } from '../access/access-matrix';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { refuseNamingTheArgument } from '../shared/argument-validation';
import { badUserInput } from '../shared/errors';
import { createApiKey, listApiKeys, revokeApiKey } from '../access/api-key.service';
import { ApiKey, CreateApiKeyArgs, CreatedApiKey } from './api-key.type';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(rolesFor('Query.apiKeys'))
  @Query(() => [ApiKey], { description: 'Every API key, live, expired and revoked (analysts only).' })
  apiKeys(@Ctx() context: RequestContext): Promise<ApiKey[]> {
    return listApiKeys(context.dataSource);
  }

  @Authorized(rolesFor('Mutation.createApiKey'))
  @Mutation(() => CreatedApiKey, { description: 'Creates an API key for a funder, optionally expiring; the key is shown once (analysts only).' })
  async createApiKey(@Ctx() context: RequestContext, @Args(() => CreateApiKeyArgs, { validateFn: refuseNamingTheArgument }) args: CreateApiKeyArgs): Promise<CreatedApiKey> {
    const { key, record } = await createApiKey(context.dataSource, { ...args, createdBy: context.user.subject });
    return { key, apiKey: record };
  }

  @Authorized(rolesFor('Mutation.revokeApiKey'))
  @Mutation(() => ApiKey, { description: 'Revokes an API key at once (analysts only).' })
  async revokeApiKey(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    const record = /^\d{1,9}$/.test(id) ? await revokeApiKey(context.dataSource, Number(id)) : null;
    if (!record) throw badUserInput('id', `no API key has id "${id}"`);
    return record;
  }
}
