import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClaimMethod, ClaimStatus } from '@tributary/db';

registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description:
    'PENDING (code issued, not found yet or not checked), VERIFIED, FAILED (the last check did not find the code; check again after publishing it), EXPIRED (the code timed out: start the claim again for a new one), REVOKED (by an administrator, or another member proved ownership later).',
});
registerEnumType(ClaimMethod, {
  name: 'ClaimMethod',
  description:
    'Where the proof is: DESCRIPTION (feed/channel/publication description, profile or author bio), POST (a recent post), FEED_ELEMENT (<tributary:verify> or JSON Feed _tributary.verify), REL_ME (a rel="me" link from the source’s site to the claimant’s profile).',
});

@ObjectType('ClaimInstruction', { description: 'One way to prove ownership, with text to copy.' })
export class ClaimInstructionObject {
  @Field(() => ClaimMethod)
  method!: ClaimMethod;

  @Field({ description: 'Where to put it, e.g. "Channel description".' })
  title!: string;

  @Field({ description: 'Exactly what to paste there.' })
  text!: string;

  @Field({ description: 'How to do it, in a sentence.' })
  hint!: string;
}

/** The parent of Claim fields: the Claim row (source and instructions resolve from it). */
@ObjectType('Claim', { description: 'A member’s claim to own a source, proven by publishing a code on it.' })
export class ClaimObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The challenge to publish, e.g. "tributary-verify=…" (only its claimant sees it).' })
  code!: string;

  @Field(() => ClaimStatus)
  status!: ClaimStatus;

  @Field(() => ClaimMethod, { nullable: true, description: 'How the claim was proven (VERIFIED only).' })
  method!: ClaimMethod | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last check failed, in words a person understands.',
  })
  failureReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'The code is accepted until then.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the source was last checked for the code.' })
  checkedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  userId!: string;
  sourceId!: string;
  checksCount!: number;
  revokedById!: string | null;
}
