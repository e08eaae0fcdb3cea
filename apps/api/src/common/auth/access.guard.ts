import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors.js';
import { type RequestContext } from '../request-context.js';
import { ACCESS_KEY, type Access } from './access.decorators.js';

/**
 * Global guard: applies each resolver's stated access. A root field with no statement is a bug, and is
 * refused rather than left open. Field resolvers of object types inherit their parent's access.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType: { name: string } }>();
    const isRootField = ['Query', 'Mutation', 'Subscription'].includes(info.parentType.name);
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      if (isRootField) throw new AppError('FORBIDDEN', 'This operation is not available.');
      return true;
    }
    const { viewer } = gql.getContext<RequestContext>();
    switch (access) {
      case 'PUBLIC':
        return true;
      case 'MEMBER':
        if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
        return true;
      case 'ADMIN':
        if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
        if (viewer.role !== 'ADMIN') throw new AppError('FORBIDDEN', 'Only administrators can do this.');
        return true;
    }
  }
}
