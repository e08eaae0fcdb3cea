import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors.js';
import { type RequestContext } from '../request-context.js';
import { type Viewer } from './viewer.js';

/** The signed-in viewer; use on MEMBER/ADMIN resolvers (throws UNAUTHENTICATED if absent). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const { viewer } = GqlExecutionContext.create(context).getContext<RequestContext>();
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
  return viewer;
});

/** The viewer or null; use on PUBLIC resolvers whose answer depends on who asks. */
export const OptionalViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | null => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
});
