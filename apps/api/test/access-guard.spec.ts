import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { describe, expect, it } from 'vitest';

@Resolver()
class UndecoratedResolver {
  @Query(() => String, { description: 'A root field without an access decorator.' })
  forgottenField(): string {
    return 'secret';
  }
}

@Module({ providers: [UndecoratedResolver] })
export class UndecoratedModule {}

describe('fail closed', () => {
  it('refuses a root field that states no access', async () => {
    const { AppModule } = await import('../src/app.module.js');
    const original = AppModule.forRoot.bind(AppModule);
    // Start the real app with one extra, undecorated resolver.
    AppModule.forRoot = (config) => {
      const module = original(config);
      return { ...module, imports: [...(module.imports ?? []), UndecoratedModule] };
    };
    try {
      const { startApi } = await import('./support/api-harness.js');
      const api = await startApi();
      try {
        const response = await api.gql('{ forgottenField }');
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      } finally {
        await api.close();
      }
    } finally {
      AppModule.forRoot = original;
    }
  });
});
