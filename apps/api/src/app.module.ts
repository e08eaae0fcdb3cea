import { YogaDriver, type YogaDriverConfig } from '@graphql-yoga/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard } from './common/auth/access.guard.js';
import { CommonModule } from './common/common.module.js';
import { API_CONFIG, type ApiConfig } from './common/config.js';
import { GraphQLContextFactory } from './graphql/context.factory.js';
import { GraphQLContextModule } from './graphql/graphql-context.module.js';
import { createGraphQLOptions } from './graphql/graphql.options.js';
import { HealthModule } from './modules/health/health.module.js';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.forRoot(config),
        GraphQLModule.forRootAsync<YogaDriverConfig<'express'>>({
          driver: YogaDriver,
          imports: [GraphQLContextModule],
          inject: [API_CONFIG, GraphQLContextFactory],
          useFactory: (apiConfig: ApiConfig, contextFactory: GraphQLContextFactory) =>
            createGraphQLOptions(apiConfig, contextFactory),
        }),
        // Feature modules, one line each:
        HealthModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
