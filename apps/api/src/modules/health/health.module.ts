import { Module } from '@nestjs/common';
import { HealthRepository } from './health.repository.js';
import { HealthResolver } from './health.resolver.js';
import { HealthService } from './health.service.js';

@Module({ providers: [HealthResolver, HealthService, HealthRepository] })
export class HealthModule {}
