import { Module } from '@nestjs/common';
import { OpmlRepository } from './opml.repository.js';
import { OpmlResolver } from './opml.resolver.js';
import { OpmlService } from './opml.service.js';

@Module({
  providers: [OpmlResolver, OpmlService, OpmlRepository],
})
export class OpmlModule {}
