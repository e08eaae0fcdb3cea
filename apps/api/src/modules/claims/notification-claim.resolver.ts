import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { NotificationObject } from '../notifications/dto/notification.object.js';
import { ClaimsService } from './claims.service.js';
import { ClaimObject } from './dto/claim.object.js';

/** CLAIM_* notifications link to the claim they are about (the recipient's own claim). */
@Resolver(() => NotificationObject)
export class NotificationClaimResolver {
  constructor(private readonly claims: ClaimsService) {}

  @ResolveField(() => ClaimObject, {
    nullable: true,
    description: 'The claim a CLAIM_* notification is about.',
  })
  claim(
    @Parent() notification: NotificationObject,
    @Context() context: RequestContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ClaimObject | null> {
    return notification.claimId
      ? this.claims.forNotification(context, viewer, notification.claimId)
      : Promise.resolve(null);
  }
}
