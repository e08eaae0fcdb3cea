import { YogaDriver, type YogaDriverConfig } from '@graphql-yoga/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AppErrorFilter } from './common/app-error.filter.js';
import { InputHygienePipe } from './common/input-hygiene.pipe.js';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard } from './common/auth/access.guard.js';
import { CommonModule } from './common/common.module.js';
import { API_CONFIG, type ApiConfig } from './common/config.js';
import { GraphQLContextFactory } from './graphql/context.factory.js';
import { DateTimeScalar } from './graphql/date-time.scalar.js';
import { GraphQLContextModule } from './graphql/graphql-context.module.js';
import { createGraphQLOptions } from './graphql/graphql.options.js';
import { StreamLimiter } from './graphql/stream-limiter.service.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { CreatorsModule } from './modules/creators/creators.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { InvitesModule } from './modules/invites/invites.module.js';
import { RateLimitService } from './modules/rate-limit/rate-limit.service.js';
import { UsersModule } from './modules/users/users.module.js';
import { CommentsModule } from './modules/comments/comments.module.js';
import { EntriesModule } from './modules/entries/entries.module.js';
import { LiveModule } from './modules/live/live.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { SharesModule } from './modules/shares/shares.module.js';
import { SocialModule } from './modules/social/social.module.js';
import { SourcesModule } from './modules/sources/sources.module.js';
import { SubscriptionsModule } from './modules/subscriptions/subscriptions.module.js';
import { TimelineModule } from './modules/timeline/timeline.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { TrendingModule } from './modules/trending/trending.module.js';
import { DiscoverModule } from './modules/discover/discover.module.js';
import { OpmlModule } from './modules/opml/opml.module.js';
import { DataExportModule } from './modules/data-export/data-export.module.js';
import { AccountDeletionModule } from './modules/account-deletion/account-deletion.module.js';
import { PublishedFeedsModule } from './modules/published-feeds/published-feeds.module.js';
import { QueueDashboardModule } from './modules/queue-dashboard/queue-dashboard.module.js';
import { WebSubModule } from './modules/websub/websub.module.js';
import { AppPasswordsModule } from './modules/app-passwords/app-passwords.module.js';
import { SyncApiModule } from './modules/sync-api/sync-api.module.js';

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
          inject: [API_CONFIG, GraphQLContextFactory, RateLimitService, StreamLimiter],
          useFactory: (
            apiConfig: ApiConfig,
            contextFactory: GraphQLContextFactory,
            rateLimits: RateLimitService,
            streams: StreamLimiter,
          ) => createGraphQLOptions(apiConfig, contextFactory, rateLimits, streams),
        }),
        // Feature modules, one line each:
        HealthModule,
        QueueDashboardModule,
        AuthModule,
        UsersModule,
        InvitesModule,
        SourcesModule,
        SubscriptionsModule,
        EntriesModule,
        TimelineModule,
        NotificationsModule,
        SocialModule,
        CommentsModule,
        SharesModule,
        ModerationModule,
        LiveModule,
        ClaimsModule,
        CreatorsModule,
        OpmlModule,
        DataExportModule,
        AccountDeletionModule,
        PublishedFeedsModule,
        SearchModule,
        TrendingModule,
        DiscoverModule,
        WebSubModule,
        AppPasswordsModule,
        SyncApiModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        { provide: APP_PIPE, useClass: InputHygienePipe },
        DateTimeScalar,
      ],
    };
  }
}
