import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Member, Public } from '../../common/auth/access.decorators.js';
import { CurrentViewer, OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { AuthService, type ClientInfo } from './auth.service.js';
import { ChangePasswordInput, LogInInput, SignUpInput } from './dto/auth.inputs.js';
import { AuthPayload, SessionObject } from './dto/auth.objects.js';
import { SessionService } from './session.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessionService: SessionService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Creates an account with an invite code and signs it in (sets the session cookie).',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() context: RequestContext): Promise<AuthPayload> {
    const { user, session } = await this.auth.signUp(input, this.clientOf(context));
    this.sessionService.writeCookie(context.res, session);
    return { user };
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Signs in with email or handle; a new session replaces this browser’s old one.',
  })
  async logIn(@Args('input') input: LogInInput, @Context() context: RequestContext): Promise<AuthPayload> {
    const { user, session } = await this.auth.logIn(input, this.clientOf(context));
    this.sessionService.writeCookie(context.res, session);
    return { user };
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Ends this session and clears the cookie. Harmless when signed out.',
  })
  async logOut(
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.auth.logOut(viewer, this.sessionService.tokenFrom(context.req));
    this.sessionService.clearCookie(context.res);
    return true;
  }

  @Member()
  @Mutation(() => Boolean, { description: 'Changes the password; every other session is signed out.' })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    const session = await this.auth.changePassword(viewer, input, this.clientOf(context));
    this.sessionService.writeCookie(context.res, session);
    return true;
  }

  @Member()
  @Query(() => [SessionObject], { description: 'The viewer’s signed-in sessions, most recently used first.' })
  sessions(@CurrentViewer() viewer: Viewer): Promise<SessionObject[]> {
    return this.auth.listSessions(viewer);
  }

  @Member()
  @Mutation(() => Boolean, { description: 'Signs one of the viewer’s sessions out, at once.' })
  async revokeSession(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.auth.revokeSession(viewer, id);
    return true;
  }

  @Member()
  @Mutation(() => Int, { description: 'Signs out every session but this one; returns how many ended.' })
  logOutOtherSessions(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.auth.logOutOtherSessions(viewer);
  }

  private clientOf(context: RequestContext): ClientInfo {
    return {
      ip: context.ip,
      userAgent: context.req.headers['user-agent'],
      currentToken: this.sessionService.tokenFrom(context.req),
    };
  }
}
