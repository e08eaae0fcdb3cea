import { type Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * The base of a Relay-style connection of `node`s, which every keyset-paginated list answers with
 * (cursor.util.ts `toPage` builds the value): it declares `<name>Edge { cursor node }` and the
 * connection's `edges` and `pageInfo`. A module names its connection type by extending it:
 * `@ObjectType() export class EntryConnection extends Connection(EntryObject, 'Entry') {}`.
 */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionBase {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionBase;
}
