import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './errors.js';

/**
 * AppErrors are expected outcomes (wrong password, invite used up): hand them to GraphQL as they are
 * (maskError shapes them) instead of letting Nest log each one as an unhandled exception.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
