import { type ClaimMethod, type SourceKind } from '@tributary/db';

/** The namespace of `<tributary:verify>` (packages/bridges TRIBUTARY_NAMESPACE; the API does not import bridges). */
export const TRIBUTARY_NAMESPACE = 'https://tributary.dev/ns/verify';

export interface ClaimInstruction {
  method: ClaimMethod;
  title: string;
  text: string;
  hint: string;
}

/**
 * Where a creator can publish the code on each platform (../shared/BRIDGES.md §0), each with text to
 * copy. Sources with a site of their own (feeds) can also prove it with a rel="me" link to the profile.
 */
export function claimInstructions(input: {
  kind: SourceKind;
  code: string;
  siteUrl: string | null;
  profileUrl: string;
}): ClaimInstruction[] {
  const { code } = input;
  const post = (what: string): ClaimInstruction => ({
    method: 'POST',
    title: `A ${what}`,
    text: code,
    hint: `Publish a ${what} that contains the code. Tributary reads the most recent ones; you may delete it once the claim is verified.`,
  });
  switch (input.kind) {
    case 'RSS':
      return [
        {
          method: 'DESCRIPTION',
          title: 'Feed description',
          text: code,
          hint: 'Add the code to your feed’s description (RSS <description>, Atom <subtitle>, JSON Feed "description").',
        },
        {
          method: 'FEED_ELEMENT',
          title: 'RSS/Atom element',
          text: `<tributary:verify xmlns:tributary="${TRIBUTARY_NAMESPACE}">${code}</tributary:verify>`,
          hint: 'Put this element inside <channel> (RSS) or <feed> (Atom).',
        },
        {
          method: 'FEED_ELEMENT',
          title: 'JSON Feed member',
          text: `"_tributary": { "verify": "${code}" }`,
          hint: 'Add this member to the top-level object of your JSON Feed.',
        },
        post('post'),
        ...(input.siteUrl && /^https?:\/\//.test(input.siteUrl)
          ? [
              {
                method: 'REL_ME' as const,
                title: 'A rel="me" link on your site',
                text: `<a rel="me" href="${input.profileUrl}">Tributary</a>`,
                hint: `Link ${input.siteUrl} to your Tributary profile with rel="me" (a <link rel="me" href="${input.profileUrl}"> in the head works too). No code needed.`,
              },
            ]
          : []),
      ];
    case 'SUBSTACK':
      return [
        {
          method: 'DESCRIPTION',
          title: 'Publication description',
          text: code,
          hint: 'Add the code to the publication’s short description (Settings → Basics).',
        },
        {
          method: 'DESCRIPTION',
          title: 'Author bio',
          text: code,
          hint: 'Or add it to the bio of your Substack profile (shown on your posts).',
        },
        post('post'),
      ];
    case 'TELEGRAM':
      return [
        {
          method: 'DESCRIPTION',
          title: 'Channel description',
          text: code,
          hint: 'Add the code to the channel’s description (Edit channel → Description).',
        },
        post('post in the channel'),
      ];
    case 'X':
      return [
        {
          method: 'DESCRIPTION',
          title: 'Profile bio',
          text: code,
          hint: 'Add the code to your profile’s bio (Edit profile → Bio).',
        },
        post('post'),
      ];
  }
}
