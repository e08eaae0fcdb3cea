import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { AppPasswordsService } from './app-passwords.service.js';
import { AppPasswordObject, CreateAppPasswordInput, CreatedAppPasswordObject } from './dto/app-password.object.js';

@Resolver(() => AppPasswordObject)
export class AppPasswordsResolver {
  constructor(private readonly service: AppPasswordsService) {}

  @Member()
  @Query(() => [AppPasswordObject], { description: 'The viewer’s app passwords that are not revoked, newest first.' })
  appPasswords(@CurrentViewer() viewer: Viewer): Promise<AppPasswordObject[]> {
    return this.service.list(viewer.id);
  }

  @Member()
  @Mutation(() => CreatedAppPasswordObject, {
    description: 'Creates an app password for a reader app; the answer holds the secret, which is never shown again.',
  })
  createAppPassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateAppPasswordInput,
  ): Promise<CreatedAppPasswordObject> {
    return this.service.create(viewer.id, input);
  }

  @Member()
  @Mutation(() => Boolean, { description: 'Revokes an app password: the apps using it are signed out at once.' })
  revokeAppPassword(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.revoke(viewer.id, id);
  }
}
