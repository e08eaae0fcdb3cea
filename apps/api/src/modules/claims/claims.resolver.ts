import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Admin, Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors.js';
import { type RequestContext } from '../../common/request-context.js';
import { loadersOf } from '../../graphql/dataloader.plugin.js';
import { SourceObject } from '../sources/dto/source.object.js';
import { SourcesService } from '../sources/sources.service.js';
import { UsersService } from '../users/users.service.js';
import { ClaimsService } from './claims.service.js';
import { ClaimInstructionObject, ClaimObject } from './dto/claim.object.js';

@Resolver(() => ClaimObject)
export class ClaimsResolver {
  constructor(
    private readonly claims: ClaimsService,
    private readonly sources: SourcesService,
    private readonly users: UsersService,
  ) {}

  @Member()
  @Mutation(() => ClaimObject, {
    description:
      'Starts proving that a source is yours: a code to publish on it, with instructions per platform. Asking again answers the same claim until its code expires.',
  })
  startClaim(
    @CurrentViewer() viewer: Viewer,
    @Args('sourceId', { type: () => ID }) sourceId: string,
  ): Promise<ClaimObject> {
    return this.claims.start(viewer, sourceId);
  }

  @Member()
  @Mutation(() => ClaimObject, {
    description:
      'Checks the source for the claim’s code now (fetched fresh) and answers the claim with the outcome: VERIFIED, FAILED with a reason, or EXPIRED. Rate-limited per member.',
  })
  checkClaim(
    @CurrentViewer() viewer: Viewer,
    @Args('claimId', { type: () => ID }) claimId: string,
  ): Promise<ClaimObject> {
    return this.claims.check(viewer, claimId);
  }

  @Member()
  @Query(() => [ClaimObject], { description: 'The viewer’s claims, newest first.' })
  myClaims(@CurrentViewer() viewer: Viewer): Promise<ClaimObject[]> {
    return this.claims.mine(viewer);
  }

  @Admin()
  @Mutation(() => ClaimObject, {
    description: 'Administrators: revoke a claim; a verified owner loses the source and is notified.',
  })
  revokeClaim(
    @CurrentViewer() viewer: Viewer,
    @Args('claimId', { type: () => ID }) claimId: string,
  ): Promise<ClaimObject> {
    return this.claims.revoke(viewer, claimId);
  }

  @ResolveField(() => SourceObject)
  async source(@Parent() claim: ClaimObject, @Context() context: RequestContext): Promise<SourceObject> {
    const source = await this.sources.load(context, claim.sourceId);
    if (!source) throw new AppError('NOT_FOUND', 'Source not found.');
    return source;
  }

  @ResolveField(() => [ClaimInstructionObject], {
    description: 'Where and how to publish the code on this platform.',
  })
  async instructions(
    @Parent() claim: ClaimObject,
    @Context() context: RequestContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ClaimInstructionObject[]> {
    const source = await this.sources.load(context, claim.sourceId);
    if (!source) return [];
    const handle =
      claim.userId === viewer.id ? viewer.handle : ((await this.users.byId(loadersOf(context), claim.userId))?.handle ?? '');
    return this.claims.instructions(claim, source, handle);
  }
}
