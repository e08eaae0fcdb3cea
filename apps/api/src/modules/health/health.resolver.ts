import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/access.decorators.js';
import { Health } from './dto/health.object.js';
import { HealthService } from './health.service.js';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Public()
  @Query(() => Health, { description: 'Reports the API, database and Redis status. Open to everyone.' })
  health(): Promise<Health> {
    return this.healthService.check();
  }
}
