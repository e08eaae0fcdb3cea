import { Module } from '@nestjs/common';
import { GraphQLContextFactory } from './context.factory.js';

@Module({ providers: [GraphQLContextFactory], exports: [GraphQLContextFactory] })
export class GraphQLContextModule {}
