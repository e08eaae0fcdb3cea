import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { SessionService } from '../auth/session.service.js';
import { AccountDeletionService } from './account-deletion.service.js';

@Resolver()
export class AccountDeletionResolver {
  constructor(
    private readonly deletion: AccountDeletionService,
    private readonly sessions: SessionService,
  ) {}

  @Member()
  @Mutation(() => Boolean, {
    description:
      'Deletes the viewer’s account for good after checking their password: profile, sessions, follows, subscriptions, stars, read state and unused invites go; comments stay as anonymous "deleted" tombstones; verified claims are released. Signs out.',
  })
  async deleteAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('password') password: string,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.deletion.deleteAccount(viewer, password);
    this.sessions.clearCookie(context.res);
    return true;
  }
}
