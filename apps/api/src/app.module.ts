import { YogaDriver, type YogaDriverConfig } from '@graphql-yoga/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { CommonModule } from './common/common.module.js';
import { type ApiConfig } from './common/config.js';
import { createGraphQLOptions } from './graphql/graphql.options.js';
import { HealthModule } from './modules/health/health.module.js';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.forRoot(config),
        GraphQLModule.forRoot<YogaDriverConfig<'express'>>({ driver: YogaDriver, ...createGraphQLOptions(config) }),
        HealthModule,
      ],
    };
  }
}
