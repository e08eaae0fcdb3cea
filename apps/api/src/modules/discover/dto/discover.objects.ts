import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SourceObject } from '../../sources/dto/source.object.js';
import { UserObject } from '../../users/dto/user.object.js';

export enum SuggestionReasonKind {
  FOLLOWED_BY_PEOPLE_YOU_FOLLOW = 'FOLLOWED_BY_PEOPLE_YOU_FOLLOW',
  POPULAR = 'POPULAR',
  CREATOR_OF_SOURCES_YOU_READ = 'CREATOR_OF_SOURCES_YOU_READ',
}

registerEnumType(SuggestionReasonKind, {
  name: 'SuggestionReasonKind',
  description:
    'FOLLOWED_BY_PEOPLE_YOU_FOLLOW: people the viewer follows subscribe to / follow it (see sampleFollowers). POPULAR: many members read it (shown when the graph has too little to say). CREATOR_OF_SOURCES_YOU_READ: this person verified sources the viewer subscribes to.',
});

@ObjectType({ description: 'A source to subscribe to, and why.' })
export class SourceSuggestion {
  @Field(() => SourceObject)
  source!: SourceObject;

  @Field(() => SuggestionReasonKind)
  reasonKind!: SuggestionReasonKind;

  @Field({ description: 'Why, in a sentence for people: "Followed by 3 people you follow".' })
  reason!: string;

  @Field(() => Int, { description: 'People the viewer follows who subscribe to it.' })
  followedByCount!: number;

  @Field(() => [UserObject], { description: 'Up to 3 of them, most recent subscribers first.' })
  sampleFollowers!: unknown[];

  sourceId!: string;
  sampleFollowerIds!: string[];
}

@ObjectType({ description: 'A person to follow, and why.' })
export class PersonSuggestion {
  @Field(() => UserObject)
  user!: unknown;

  @Field(() => SuggestionReasonKind)
  reasonKind!: SuggestionReasonKind;

  @Field({ description: 'Why, in a sentence for people: "Followed by 2 people you follow".' })
  reason!: string;

  @Field(() => Int, { description: 'People the viewer follows who follow them.' })
  followedByCount!: number;

  @Field(() => [UserObject], { description: 'Up to 3 of them, most recent first.' })
  sampleFollowers!: unknown[];

  userId!: string;
  sampleFollowerIds!: string[];
}

@ObjectType({ description: 'A verified creator whose sources the viewer already reads; following them brings all their sources.' })
export class CreatorSuggestion {
  @Field(() => UserObject)
  user!: unknown;

  @Field(() => SuggestionReasonKind)
  reasonKind!: SuggestionReasonKind;

  @Field({ description: 'Why: "You read 2 of their sources".' })
  reason!: string;

  @Field(() => [SourceObject], { description: 'Their verified sources the viewer subscribes to.' })
  sourcesYouRead!: SourceObject[];

  userId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'Suggestions for the viewer; never something they already subscribe to or follow, nor anything they dismissed.' })
export class Discover {
  @Field(() => [SourceSuggestion])
  sources!: SourceSuggestion[];

  @Field(() => [PersonSuggestion])
  people!: PersonSuggestion[];

  @Field(() => [CreatorSuggestion])
  creators!: CreatorSuggestion[];
}
