/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Welcome {\n    me {\n      id\n      displayName\n      invitedBy {\n        ...PersonFields\n      }\n    }\n    subscriptions {\n      id\n      title\n      source {\n        id\n        kind\n        imageUrl\n      }\n    }\n  }\n': typeof types.WelcomeDocument;
  '\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        handle\n      }\n    }\n  }\n': typeof types.LogInDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        handle\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation PreviewSource($input: String!, $kind: SourceKind) {\n    previewSource(input: $input, kind: $kind) {\n      sourceId\n      kind\n      title\n      description\n      imageUrl\n      siteUrl\n      url\n      source {\n        id\n        viewerIsSubscribed\n        subscribersCount\n        isVerified\n      }\n      recentItems {\n        title\n        summary\n        url\n        imageUrl\n        publishedAt\n      }\n    }\n  }\n': typeof types.PreviewSourceDocument;
  '\n  mutation Subscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      id\n      title\n      folder {\n        id\n        name\n      }\n      source {\n        id\n        kind\n        title\n      }\n    }\n  }\n': typeof types.SubscribeDocument;
  '\n  query Folders {\n    folders {\n      id\n      name\n    }\n  }\n': typeof types.FoldersDocument;
  '\n  query AdminGate {\n    me {\n      id\n      role\n    }\n  }\n': typeof types.AdminGateDocument;
  '\n  query AdminUsers($query: String, $after: String) {\n    adminUsers(first: 50, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          handle\n          displayName\n          email\n          avatarUrl\n          role\n          createdAt\n          suspendedAt\n          isVerifiedCreator\n          followersCount\n          invitedBy {\n            id\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AdminUsersDocument;
  '\n  mutation SuspendUser($id: ID!) {\n    suspendUser(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n': typeof types.SuspendUserDocument;
  '\n  mutation UnsuspendUser($id: ID!) {\n    unsuspendUser(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n': typeof types.UnsuspendUserDocument;
  '\n  fragment InviteFields on Invite {\n    id\n    code\n    url\n    note\n    status\n    maxUses\n    usesCount\n    createdAt\n    expiresAt\n    revokedAt\n    usedBy {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    createdBy {\n      id\n      handle\n    }\n  }\n': typeof types.InviteFieldsFragmentDoc;
  '\n  query AdminInvites($after: String) {\n    adminInvites(first: 30, after: $after) {\n      edges {\n        node {\n          ...InviteFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AdminInvitesDocument;
  '\n  query MyInvites {\n    myInvites {\n      ...InviteFields\n    }\n    me {\n      id\n      role\n    }\n  }\n': typeof types.MyInvitesDocument;
  '\n  mutation CreateInvite($input: CreateInviteInput) {\n    createInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n': typeof types.CreateInviteDocument;
  '\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n': typeof types.RevokeInviteDocument;
  '\n  mutation AdminRevokeInvite($id: ID!) {\n    adminRevokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n': typeof types.AdminRevokeInviteDocument;
  '\n  query Reports($status: ReportStatus, $after: String) {\n    reports(first: 50, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          reason\n          status\n          createdAt\n          resolvedAt\n          reporter {\n            id\n            handle\n            displayName\n          }\n          comment {\n            id\n            body\n            createdAt\n            removedAt\n            isTombstone\n            entryId\n            entry {\n              id\n              title\n            }\n            author {\n              id\n              handle\n              displayName\n              avatarUrl\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ReportsDocument;
  '\n  mutation RemoveComment($id: ID!) {\n    removeComment(id: $id) {\n      id\n      removedAt\n    }\n  }\n': typeof types.RemoveCommentDocument;
  '\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.DismissReportDocument;
  '\n  query SourceHealth($status: SourceStatus, $after: String) {\n    adminSources(first: 30, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          kind\n          title\n          url\n          imageUrl\n          subscribersCount\n          lastEntryAt\n          health {\n            ...SourceHealthFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SourceHealthDocument;
  '\n  mutation AdminRefreshSource($sourceId: ID!) {\n    refreshSource(sourceId: $sourceId) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n    }\n  }\n': typeof types.AdminRefreshSourceDocument;
  '\n  query AppPasswords {\n    appPasswords {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n': typeof types.AppPasswordsDocument;
  '\n  mutation CreateAppPassword($input: CreateAppPasswordInput!) {\n    createAppPassword(input: $input) {\n      secret\n      appPassword {\n        id\n        name\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n': typeof types.CreateAppPasswordDocument;
  '\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n': typeof types.RevokeAppPasswordDocument;
  '\n  fragment ClaimFields on Claim {\n    id\n    code\n    status\n    method\n    failureReason\n    createdAt\n    checkedAt\n    verifiedAt\n    expiresAt\n    revokedAt\n    instructions {\n      method\n      title\n      text\n      hint\n    }\n    source {\n      id\n      kind\n      title\n      url\n      siteUrl\n      imageUrl\n      isVerified\n    }\n  }\n': typeof types.ClaimFieldsFragmentDoc;
  '\n  query ClaimSource($id: ID!) {\n    source(id: $id) {\n      id\n      kind\n      title\n      url\n      siteUrl\n      imageUrl\n      description\n      isVerified\n      claimedBy {\n        id\n        handle\n        displayName\n      }\n    }\n    me {\n      id\n      handle\n    }\n  }\n': typeof types.ClaimSourceDocument;
  '\n  mutation StartClaim($sourceId: ID!) {\n    startClaim(sourceId: $sourceId) {\n      ...ClaimFields\n    }\n  }\n': typeof types.StartClaimDocument;
  '\n  mutation CheckClaim($claimId: ID!) {\n    checkClaim(claimId: $claimId) {\n      ...ClaimFields\n    }\n  }\n': typeof types.CheckClaimDocument;
  '\n  query MyClaims {\n    myClaims {\n      ...ClaimFields\n    }\n  }\n': typeof types.MyClaimsDocument;
  '\n  query Creator($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      isVerifiedCreator\n      followersCount\n      viewerIsFollowing\n      feeds {\n        href\n        rel\n        type\n        title\n      }\n      verifiedSources {\n        id\n        kind\n        title\n        description\n        imageUrl\n        siteUrl\n        url\n        subscribersCount\n        viewerIsSubscribed\n      }\n    }\n    me {\n      id\n    }\n  }\n': typeof types.CreatorDocument;
  '\n  query CreatorFeed($handle: String!, $after: String) {\n    creatorEntries(handle: $handle, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CreatorFeedDocument;
  '\n  query MoreComments($id: ID!, $after: String) {\n    entry(id: $id) {\n      id\n      comments(first: 50, after: $after) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.MoreCommentsDocument;
  '\n  query Replies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: 50, after: $after) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.RepliesDocument;
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n': typeof types.EditCommentDocument;
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n': typeof types.DeleteCommentDocument;
  '\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason) {\n      id\n    }\n  }\n': typeof types.ReportCommentDocument;
  '\n  fragment CommentFields on Comment {\n    id\n    entryId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    isTombstone\n    authorIsSourceOwner\n    repliesCount\n    author {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n  }\n': typeof types.CommentFieldsFragmentDoc;
  '\n  query Discover($window: TrendingWindow!) {\n    discover(first: 12) {\n      sources {\n        reason\n        reasonKind\n        followedByCount\n        sampleFollowers {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n        source {\n          id\n          kind\n          title\n          description\n          imageUrl\n          url\n          siteUrl\n          isVerified\n          subscribersCount\n        }\n      }\n      people {\n        reason\n        reasonKind\n        followedByCount\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          bio\n          isVerifiedCreator\n        }\n      }\n      creators {\n        reason\n        reasonKind\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          bio\n          isVerifiedCreator\n        }\n        sourcesYouRead {\n          id\n          kind\n          title\n        }\n      }\n    }\n    trending(first: 10, window: $window) {\n      entries {\n        score\n        peopleCount\n        sharesCount\n        commentsCount\n        entry {\n          id\n          title\n          summary\n          publishedAt\n          isVerified\n          source {\n            id\n            kind\n            title\n            imageUrl\n            isVerified\n          }\n        }\n      }\n      sources {\n        score\n        peopleCount\n        newSubscribersCount\n        source {\n          id\n          kind\n          title\n          imageUrl\n          url\n          isVerified\n          subscribersCount\n          viewerIsSubscribed\n        }\n      }\n    }\n  }\n': typeof types.DiscoverDocument;
  '\n  mutation DiscoverSubscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      id\n      source {\n        id\n        viewerIsSubscribed\n        subscribersCount\n      }\n    }\n  }\n': typeof types.DiscoverSubscribeDocument;
  '\n  mutation DiscoverUnsubscribe($sourceId: ID!) {\n    unsubscribe(sourceId: $sourceId)\n  }\n': typeof types.DiscoverUnsubscribeDocument;
  '\n  mutation DismissSuggestion($sourceId: ID, $userId: ID) {\n    dismissSuggestion(sourceId: $sourceId, userId: $userId)\n  }\n': typeof types.DismissSuggestionDocument;
  '\n  query Search($query: String!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: 20, after: $after, filter: $filter) {\n      edges {\n        cursor\n        score\n        highlight {\n          title\n          snippet\n        }\n        node {\n          id\n          title\n          url\n          publishedAt\n          author\n          isVerified\n          source {\n            id\n            kind\n            title\n            imageUrl\n            isVerified\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SearchDocument;
  '\n  query SearchSources {\n    subscriptions {\n      id\n      title\n      source {\n        id\n      }\n    }\n  }\n': typeof types.SearchSourcesDocument;
  '\n  query SearchSourceTitle($id: ID!) {\n    source(id: $id) {\n      id\n      title\n    }\n  }\n': typeof types.SearchSourceTitleDocument;
  '\n  fragment EntryCardFields on Entry {\n    id\n    kind\n    title\n    summary\n    url\n    author\n    publishedAt\n    sortAt\n    isPreview\n    isVerified\n    viewerHasRead\n    viewerHasStarred\n    viewerHasShared\n    commentsCount\n    sharesCount\n    media {\n      url\n      type\n      width\n      height\n      durationSeconds\n    }\n    source {\n      id\n      kind\n      title\n      imageUrl\n      siteUrl\n      isVerified\n    }\n    forwardedFrom {\n      name\n      url\n    }\n    sharedBy {\n      id\n      note\n      sharedAt\n      user {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n': typeof types.EntryCardFieldsFragmentDoc;
  '\n  fragment EntryReaderFields on Entry {\n    ...EntryCardFields\n    contentHtml\n    editedAt\n    source {\n      description\n      url\n      claimedBy {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n': typeof types.EntryReaderFieldsFragmentDoc;
  '\n  mutation MarkRead($ids: [ID!]!) {\n    markRead(entryIds: $ids) {\n      id\n      viewerHasRead\n    }\n  }\n': typeof types.MarkReadDocument;
  '\n  mutation MarkUnread($ids: [ID!]!) {\n    markUnread(entryIds: $ids) {\n      id\n      viewerHasRead\n    }\n  }\n': typeof types.MarkUnreadDocument;
  '\n  mutation Star($id: ID!) {\n    star(entryId: $id) {\n      id\n      viewerHasStarred\n    }\n  }\n': typeof types.StarDocument;
  '\n  mutation Unstar($id: ID!) {\n    unstar(entryId: $id) {\n      id\n      viewerHasStarred\n    }\n  }\n': typeof types.UnstarDocument;
  '\n  mutation ShareEntry($input: ShareInput!) {\n    share(input: $input) {\n      id\n      note\n    }\n  }\n': typeof types.ShareEntryDocument;
  '\n  mutation UnshareEntry($id: ID!) {\n    unshare(entryId: $id)\n  }\n': typeof types.UnshareEntryDocument;
  '\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          isRead\n          createdAt\n          actor {\n            id\n            handle\n            displayName\n            avatarUrl\n          }\n          entry {\n            id\n            title\n          }\n          comment {\n            id\n            body\n            entryId\n          }\n          source {\n            id\n            title\n          }\n          claim {\n            id\n            failureReason\n            source {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationsCount\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  fragment PersonFields on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    bio\n    viewerIsFollowing\n  }\n': typeof types.PersonFieldsFragmentDoc;
  '\n  fragment PeoplePageFields on UserConnection {\n    edges {\n      node {\n        ...PersonFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n': typeof types.PeoplePageFieldsFragmentDoc;
  '\n  query Profile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      createdAt\n      isVerifiedCreator\n      followersCount\n      followingCount\n      followsViewer\n      viewerIsFollowing\n      viewerHasBlocked\n      feeds {\n        href\n        type\n        title\n      }\n      verifiedSources {\n        id\n        kind\n        title\n        imageUrl\n        siteUrl\n        url\n      }\n    }\n  }\n': typeof types.ProfileDocument;
  '\n  query Followers($handle: String!, $after: String) {\n    followers(handle: $handle, first: 30, after: $after) {\n      ...PeoplePageFields\n    }\n  }\n': typeof types.FollowersDocument;
  '\n  query Following($handle: String!, $after: String) {\n    following(handle: $handle, first: 30, after: $after) {\n      ...PeoplePageFields\n    }\n  }\n': typeof types.FollowingDocument;
  '\n  query CreatorEntries($handle: String!) {\n    creatorEntries(handle: $handle, first: 10) {\n      edges {\n        node {\n          ...EntryCardFields\n        }\n      }\n    }\n  }\n': typeof types.CreatorEntriesDocument;
  '\n  mutation Follow($handle: String!) {\n    follow(handle: $handle) {\n      id\n      viewerIsFollowing\n      followersCount\n    }\n  }\n': typeof types.FollowDocument;
  '\n  mutation Unfollow($handle: String!) {\n    unfollow(handle: $handle) {\n      id\n      viewerIsFollowing\n      followersCount\n    }\n  }\n': typeof types.UnfollowDocument;
  '\n  mutation BlockUser($handle: String!) {\n    block(handle: $handle) {\n      id\n      viewerHasBlocked\n    }\n  }\n': typeof types.BlockUserDocument;
  '\n  mutation UnblockUser($handle: String!) {\n    unblock(handle: $handle) {\n      id\n      viewerHasBlocked\n    }\n  }\n': typeof types.UnblockUserDocument;
  '\n  query Entry($id: ID!) {\n    entry(id: $id) {\n      ...EntryReaderFields\n      comments(first: 50) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.EntryDocument;
  '\n  query SettingsProfile {\n    me {\n      id\n      handle\n      email\n      displayName\n      bio\n      avatarUrl\n      role\n    }\n  }\n': typeof types.SettingsProfileDocument;
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      avatarUrl\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      expiresAt\n      lastSeenAt\n      ip\n      userAgent\n      isCurrent\n    }\n  }\n': typeof types.SessionsDocument;
  '\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n': typeof types.RevokeSessionDocument;
  '\n  mutation LogOutOtherSessions {\n    logOutOtherSessions\n  }\n': typeof types.LogOutOtherSessionsDocument;
  '\n  mutation ImportOpml($opml: String!, $fileName: String) {\n    importOpml(opml: $opml, fileName: $fileName) {\n      id\n    }\n  }\n': typeof types.ImportOpmlDocument;
  '\n  query OpmlImport($id: ID!, $after: String) {\n    opmlImport(id: $id) {\n      id\n      status\n      total\n      done\n      subscribed\n      alreadySubscribed\n      failed\n      skippedForLimit\n      duplicates\n      skipped\n      error\n      createdAt\n      finishedAt\n      items(first: 100, after: $after) {\n        edges {\n          node {\n            id\n            position\n            title\n            url\n            folder\n            status\n            error\n            sourceId\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.OpmlImportDocument;
  '\n  query ExportOpml {\n    exportOpml\n  }\n': typeof types.ExportOpmlDocument;
  '\n  fragment DataExportFields on DataExport {\n    id\n    status\n    createdAt\n    finishedAt\n    expiresAt\n    sizeBytes\n    downloadUrl\n    error\n  }\n': typeof types.DataExportFieldsFragmentDoc;
  '\n  query MyDataExports {\n    myDataExports {\n      ...DataExportFields\n    }\n  }\n': typeof types.MyDataExportsDocument;
  '\n  query DataExport($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExportFields\n    }\n  }\n': typeof types.DataExportDocument;
  '\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n': typeof types.RequestDataExportDocument;
  '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n': typeof types.DeleteAccountDocument;
  '\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n    unreadNotificationsCount\n  }\n': typeof types.ViewerDocument;
  '\n  query Shell {\n    me {\n      ...ViewerFields\n    }\n    unreadNotificationsCount\n    folders {\n      id\n      name\n      position\n    }\n    subscriptions {\n      id\n      title\n      unreadCount\n      folder {\n        id\n        name\n      }\n      source {\n        id\n        kind\n        imageUrl\n        isVerified\n        health {\n          status\n          lastError\n        }\n      }\n    }\n  }\n': typeof types.ShellDocument;
  '\n  query UnreadCounts {\n    subscriptions {\n      id\n      unreadCount\n    }\n  }\n': typeof types.UnreadCountsDocument;
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      type\n    }\n  }\n': typeof types.NotificationAddedDocument;
  '\n  mutation LogOut {\n    logOut\n  }\n': typeof types.LogOutDocument;
  '\n  fragment SourceHealthFields on SourceHealth {\n    status\n    lastError\n    lastFetchedAt\n    lastSuccessAt\n    failingSince\n    nextFetchAt\n    lastFetchResult\n    lastFetchNewEntries\n  }\n': typeof types.SourceHealthFieldsFragmentDoc;
  '\n  fragment SourceScheduleFields on SourceSchedule {\n    isPolled\n    nextFetchAt\n    reason\n    explanation\n  }\n': typeof types.SourceScheduleFieldsFragmentDoc;
  '\n  mutation RefreshSource($sourceId: ID!) {\n    refreshSource(sourceId: $sourceId) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n    }\n  }\n': typeof types.RefreshSourceDocument;
  '\n  query SourceFetchStatus($id: ID!) {\n    source(id: $id) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n      schedule {\n        ...SourceScheduleFields\n      }\n    }\n  }\n': typeof types.SourceFetchStatusDocument;
  '\n  query SourcePage($id: ID!, $after: String) {\n    source(id: $id) {\n      id\n      kind\n      title\n      description\n      url\n      siteUrl\n      imageUrl\n      subscribersCount\n      lastEntryAt\n      isVerified\n      viewerIsSubscribed\n      claimedBy {\n        id\n        handle\n        displayName\n        isVerifiedCreator\n      }\n      health {\n        ...SourceHealthFields\n      }\n      schedule {\n        ...SourceScheduleFields\n      }\n      entries(first: 20, after: $after) {\n        edges {\n          node {\n            id\n            title\n            summary\n            publishedAt\n            sortAt\n            isVerified\n            media {\n              url\n              type\n            }\n            source {\n              id\n              title\n              imageUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.SourcePageDocument;
  '\n  query Timeline($first: Int!, $after: String, $filter: TimelineFilter) {\n    timeline(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TimelineDocument;
  '\n  query Starred($first: Int!, $after: String) {\n    starred(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.StarredDocument;
  '\n  subscription TimelineUpdates {\n    timelineUpdates {\n      entries {\n        id\n      }\n    }\n  }\n': typeof types.TimelineUpdatesDocument;
  '\n  mutation MarkAllRead($filter: TimelineFilter, $before: DateTime) {\n    markAllRead(filter: $filter, before: $before)\n  }\n': typeof types.MarkAllReadDocument;
  '\n  query Health {\n    health {\n      ok\n      database\n      redis\n      version\n    }\n  }\n': typeof types.HealthDocument;
};
const documents: Documents = {
  '\n  query Welcome {\n    me {\n      id\n      displayName\n      invitedBy {\n        ...PersonFields\n      }\n    }\n    subscriptions {\n      id\n      title\n      source {\n        id\n        kind\n        imageUrl\n      }\n    }\n  }\n':
    types.WelcomeDocument,
  '\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        handle\n      }\n    }\n  }\n':
    types.LogInDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        handle\n      }\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation PreviewSource($input: String!, $kind: SourceKind) {\n    previewSource(input: $input, kind: $kind) {\n      sourceId\n      kind\n      title\n      description\n      imageUrl\n      siteUrl\n      url\n      source {\n        id\n        viewerIsSubscribed\n        subscribersCount\n        isVerified\n      }\n      recentItems {\n        title\n        summary\n        url\n        imageUrl\n        publishedAt\n      }\n    }\n  }\n':
    types.PreviewSourceDocument,
  '\n  mutation Subscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      id\n      title\n      folder {\n        id\n        name\n      }\n      source {\n        id\n        kind\n        title\n      }\n    }\n  }\n':
    types.SubscribeDocument,
  '\n  query Folders {\n    folders {\n      id\n      name\n    }\n  }\n': types.FoldersDocument,
  '\n  query AdminGate {\n    me {\n      id\n      role\n    }\n  }\n': types.AdminGateDocument,
  '\n  query AdminUsers($query: String, $after: String) {\n    adminUsers(first: 50, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          handle\n          displayName\n          email\n          avatarUrl\n          role\n          createdAt\n          suspendedAt\n          isVerifiedCreator\n          followersCount\n          invitedBy {\n            id\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AdminUsersDocument,
  '\n  mutation SuspendUser($id: ID!) {\n    suspendUser(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n':
    types.SuspendUserDocument,
  '\n  mutation UnsuspendUser($id: ID!) {\n    unsuspendUser(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n':
    types.UnsuspendUserDocument,
  '\n  fragment InviteFields on Invite {\n    id\n    code\n    url\n    note\n    status\n    maxUses\n    usesCount\n    createdAt\n    expiresAt\n    revokedAt\n    usedBy {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    createdBy {\n      id\n      handle\n    }\n  }\n':
    types.InviteFieldsFragmentDoc,
  '\n  query AdminInvites($after: String) {\n    adminInvites(first: 30, after: $after) {\n      edges {\n        node {\n          ...InviteFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AdminInvitesDocument,
  '\n  query MyInvites {\n    myInvites {\n      ...InviteFields\n    }\n    me {\n      id\n      role\n    }\n  }\n':
    types.MyInvitesDocument,
  '\n  mutation CreateInvite($input: CreateInviteInput) {\n    createInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n':
    types.CreateInviteDocument,
  '\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n':
    types.RevokeInviteDocument,
  '\n  mutation AdminRevokeInvite($id: ID!) {\n    adminRevokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n':
    types.AdminRevokeInviteDocument,
  '\n  query Reports($status: ReportStatus, $after: String) {\n    reports(first: 50, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          reason\n          status\n          createdAt\n          resolvedAt\n          reporter {\n            id\n            handle\n            displayName\n          }\n          comment {\n            id\n            body\n            createdAt\n            removedAt\n            isTombstone\n            entryId\n            entry {\n              id\n              title\n            }\n            author {\n              id\n              handle\n              displayName\n              avatarUrl\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ReportsDocument,
  '\n  mutation RemoveComment($id: ID!) {\n    removeComment(id: $id) {\n      id\n      removedAt\n    }\n  }\n':
    types.RemoveCommentDocument,
  '\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.DismissReportDocument,
  '\n  query SourceHealth($status: SourceStatus, $after: String) {\n    adminSources(first: 30, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          kind\n          title\n          url\n          imageUrl\n          subscribersCount\n          lastEntryAt\n          health {\n            ...SourceHealthFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SourceHealthDocument,
  '\n  mutation AdminRefreshSource($sourceId: ID!) {\n    refreshSource(sourceId: $sourceId) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n    }\n  }\n':
    types.AdminRefreshSourceDocument,
  '\n  query AppPasswords {\n    appPasswords {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n':
    types.AppPasswordsDocument,
  '\n  mutation CreateAppPassword($input: CreateAppPasswordInput!) {\n    createAppPassword(input: $input) {\n      secret\n      appPassword {\n        id\n        name\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n':
    types.CreateAppPasswordDocument,
  '\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n':
    types.RevokeAppPasswordDocument,
  '\n  fragment ClaimFields on Claim {\n    id\n    code\n    status\n    method\n    failureReason\n    createdAt\n    checkedAt\n    verifiedAt\n    expiresAt\n    revokedAt\n    instructions {\n      method\n      title\n      text\n      hint\n    }\n    source {\n      id\n      kind\n      title\n      url\n      siteUrl\n      imageUrl\n      isVerified\n    }\n  }\n':
    types.ClaimFieldsFragmentDoc,
  '\n  query ClaimSource($id: ID!) {\n    source(id: $id) {\n      id\n      kind\n      title\n      url\n      siteUrl\n      imageUrl\n      description\n      isVerified\n      claimedBy {\n        id\n        handle\n        displayName\n      }\n    }\n    me {\n      id\n      handle\n    }\n  }\n':
    types.ClaimSourceDocument,
  '\n  mutation StartClaim($sourceId: ID!) {\n    startClaim(sourceId: $sourceId) {\n      ...ClaimFields\n    }\n  }\n':
    types.StartClaimDocument,
  '\n  mutation CheckClaim($claimId: ID!) {\n    checkClaim(claimId: $claimId) {\n      ...ClaimFields\n    }\n  }\n':
    types.CheckClaimDocument,
  '\n  query MyClaims {\n    myClaims {\n      ...ClaimFields\n    }\n  }\n': types.MyClaimsDocument,
  '\n  query Creator($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      isVerifiedCreator\n      followersCount\n      viewerIsFollowing\n      feeds {\n        href\n        rel\n        type\n        title\n      }\n      verifiedSources {\n        id\n        kind\n        title\n        description\n        imageUrl\n        siteUrl\n        url\n        subscribersCount\n        viewerIsSubscribed\n      }\n    }\n    me {\n      id\n    }\n  }\n':
    types.CreatorDocument,
  '\n  query CreatorFeed($handle: String!, $after: String) {\n    creatorEntries(handle: $handle, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CreatorFeedDocument,
  '\n  query MoreComments($id: ID!, $after: String) {\n    entry(id: $id) {\n      id\n      comments(first: 50, after: $after) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.MoreCommentsDocument,
  '\n  query Replies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: 50, after: $after) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.RepliesDocument,
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n':
    types.AddCommentDocument,
  '\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n':
    types.EditCommentDocument,
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n':
    types.DeleteCommentDocument,
  '\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason) {\n      id\n    }\n  }\n':
    types.ReportCommentDocument,
  '\n  fragment CommentFields on Comment {\n    id\n    entryId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    isTombstone\n    authorIsSourceOwner\n    repliesCount\n    author {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n  }\n':
    types.CommentFieldsFragmentDoc,
  '\n  query Discover($window: TrendingWindow!) {\n    discover(first: 12) {\n      sources {\n        reason\n        reasonKind\n        followedByCount\n        sampleFollowers {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n        source {\n          id\n          kind\n          title\n          description\n          imageUrl\n          url\n          siteUrl\n          isVerified\n          subscribersCount\n        }\n      }\n      people {\n        reason\n        reasonKind\n        followedByCount\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          bio\n          isVerifiedCreator\n        }\n      }\n      creators {\n        reason\n        reasonKind\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          bio\n          isVerifiedCreator\n        }\n        sourcesYouRead {\n          id\n          kind\n          title\n        }\n      }\n    }\n    trending(first: 10, window: $window) {\n      entries {\n        score\n        peopleCount\n        sharesCount\n        commentsCount\n        entry {\n          id\n          title\n          summary\n          publishedAt\n          isVerified\n          source {\n            id\n            kind\n            title\n            imageUrl\n            isVerified\n          }\n        }\n      }\n      sources {\n        score\n        peopleCount\n        newSubscribersCount\n        source {\n          id\n          kind\n          title\n          imageUrl\n          url\n          isVerified\n          subscribersCount\n          viewerIsSubscribed\n        }\n      }\n    }\n  }\n':
    types.DiscoverDocument,
  '\n  mutation DiscoverSubscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      id\n      source {\n        id\n        viewerIsSubscribed\n        subscribersCount\n      }\n    }\n  }\n':
    types.DiscoverSubscribeDocument,
  '\n  mutation DiscoverUnsubscribe($sourceId: ID!) {\n    unsubscribe(sourceId: $sourceId)\n  }\n':
    types.DiscoverUnsubscribeDocument,
  '\n  mutation DismissSuggestion($sourceId: ID, $userId: ID) {\n    dismissSuggestion(sourceId: $sourceId, userId: $userId)\n  }\n':
    types.DismissSuggestionDocument,
  '\n  query Search($query: String!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: 20, after: $after, filter: $filter) {\n      edges {\n        cursor\n        score\n        highlight {\n          title\n          snippet\n        }\n        node {\n          id\n          title\n          url\n          publishedAt\n          author\n          isVerified\n          source {\n            id\n            kind\n            title\n            imageUrl\n            isVerified\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SearchDocument,
  '\n  query SearchSources {\n    subscriptions {\n      id\n      title\n      source {\n        id\n      }\n    }\n  }\n':
    types.SearchSourcesDocument,
  '\n  query SearchSourceTitle($id: ID!) {\n    source(id: $id) {\n      id\n      title\n    }\n  }\n':
    types.SearchSourceTitleDocument,
  '\n  fragment EntryCardFields on Entry {\n    id\n    kind\n    title\n    summary\n    url\n    author\n    publishedAt\n    sortAt\n    isPreview\n    isVerified\n    viewerHasRead\n    viewerHasStarred\n    viewerHasShared\n    commentsCount\n    sharesCount\n    media {\n      url\n      type\n      width\n      height\n      durationSeconds\n    }\n    source {\n      id\n      kind\n      title\n      imageUrl\n      siteUrl\n      isVerified\n    }\n    forwardedFrom {\n      name\n      url\n    }\n    sharedBy {\n      id\n      note\n      sharedAt\n      user {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n':
    types.EntryCardFieldsFragmentDoc,
  '\n  fragment EntryReaderFields on Entry {\n    ...EntryCardFields\n    contentHtml\n    editedAt\n    source {\n      description\n      url\n      claimedBy {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n':
    types.EntryReaderFieldsFragmentDoc,
  '\n  mutation MarkRead($ids: [ID!]!) {\n    markRead(entryIds: $ids) {\n      id\n      viewerHasRead\n    }\n  }\n':
    types.MarkReadDocument,
  '\n  mutation MarkUnread($ids: [ID!]!) {\n    markUnread(entryIds: $ids) {\n      id\n      viewerHasRead\n    }\n  }\n':
    types.MarkUnreadDocument,
  '\n  mutation Star($id: ID!) {\n    star(entryId: $id) {\n      id\n      viewerHasStarred\n    }\n  }\n':
    types.StarDocument,
  '\n  mutation Unstar($id: ID!) {\n    unstar(entryId: $id) {\n      id\n      viewerHasStarred\n    }\n  }\n':
    types.UnstarDocument,
  '\n  mutation ShareEntry($input: ShareInput!) {\n    share(input: $input) {\n      id\n      note\n    }\n  }\n':
    types.ShareEntryDocument,
  '\n  mutation UnshareEntry($id: ID!) {\n    unshare(entryId: $id)\n  }\n': types.UnshareEntryDocument,
  '\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          isRead\n          createdAt\n          actor {\n            id\n            handle\n            displayName\n            avatarUrl\n          }\n          entry {\n            id\n            title\n          }\n          comment {\n            id\n            body\n            entryId\n          }\n          source {\n            id\n            title\n          }\n          claim {\n            id\n            failureReason\n            source {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationsCount\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  fragment PersonFields on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    bio\n    viewerIsFollowing\n  }\n':
    types.PersonFieldsFragmentDoc,
  '\n  fragment PeoplePageFields on UserConnection {\n    edges {\n      node {\n        ...PersonFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n':
    types.PeoplePageFieldsFragmentDoc,
  '\n  query Profile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      createdAt\n      isVerifiedCreator\n      followersCount\n      followingCount\n      followsViewer\n      viewerIsFollowing\n      viewerHasBlocked\n      feeds {\n        href\n        type\n        title\n      }\n      verifiedSources {\n        id\n        kind\n        title\n        imageUrl\n        siteUrl\n        url\n      }\n    }\n  }\n':
    types.ProfileDocument,
  '\n  query Followers($handle: String!, $after: String) {\n    followers(handle: $handle, first: 30, after: $after) {\n      ...PeoplePageFields\n    }\n  }\n':
    types.FollowersDocument,
  '\n  query Following($handle: String!, $after: String) {\n    following(handle: $handle, first: 30, after: $after) {\n      ...PeoplePageFields\n    }\n  }\n':
    types.FollowingDocument,
  '\n  query CreatorEntries($handle: String!) {\n    creatorEntries(handle: $handle, first: 10) {\n      edges {\n        node {\n          ...EntryCardFields\n        }\n      }\n    }\n  }\n':
    types.CreatorEntriesDocument,
  '\n  mutation Follow($handle: String!) {\n    follow(handle: $handle) {\n      id\n      viewerIsFollowing\n      followersCount\n    }\n  }\n':
    types.FollowDocument,
  '\n  mutation Unfollow($handle: String!) {\n    unfollow(handle: $handle) {\n      id\n      viewerIsFollowing\n      followersCount\n    }\n  }\n':
    types.UnfollowDocument,
  '\n  mutation BlockUser($handle: String!) {\n    block(handle: $handle) {\n      id\n      viewerHasBlocked\n    }\n  }\n':
    types.BlockUserDocument,
  '\n  mutation UnblockUser($handle: String!) {\n    unblock(handle: $handle) {\n      id\n      viewerHasBlocked\n    }\n  }\n':
    types.UnblockUserDocument,
  '\n  query Entry($id: ID!) {\n    entry(id: $id) {\n      ...EntryReaderFields\n      comments(first: 50) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.EntryDocument,
  '\n  query SettingsProfile {\n    me {\n      id\n      handle\n      email\n      displayName\n      bio\n      avatarUrl\n      role\n    }\n  }\n':
    types.SettingsProfileDocument,
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      avatarUrl\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      expiresAt\n      lastSeenAt\n      ip\n      userAgent\n      isCurrent\n    }\n  }\n':
    types.SessionsDocument,
  '\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n': types.RevokeSessionDocument,
  '\n  mutation LogOutOtherSessions {\n    logOutOtherSessions\n  }\n': types.LogOutOtherSessionsDocument,
  '\n  mutation ImportOpml($opml: String!, $fileName: String) {\n    importOpml(opml: $opml, fileName: $fileName) {\n      id\n    }\n  }\n':
    types.ImportOpmlDocument,
  '\n  query OpmlImport($id: ID!, $after: String) {\n    opmlImport(id: $id) {\n      id\n      status\n      total\n      done\n      subscribed\n      alreadySubscribed\n      failed\n      skippedForLimit\n      duplicates\n      skipped\n      error\n      createdAt\n      finishedAt\n      items(first: 100, after: $after) {\n        edges {\n          node {\n            id\n            position\n            title\n            url\n            folder\n            status\n            error\n            sourceId\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.OpmlImportDocument,
  '\n  query ExportOpml {\n    exportOpml\n  }\n': types.ExportOpmlDocument,
  '\n  fragment DataExportFields on DataExport {\n    id\n    status\n    createdAt\n    finishedAt\n    expiresAt\n    sizeBytes\n    downloadUrl\n    error\n  }\n':
    types.DataExportFieldsFragmentDoc,
  '\n  query MyDataExports {\n    myDataExports {\n      ...DataExportFields\n    }\n  }\n':
    types.MyDataExportsDocument,
  '\n  query DataExport($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExportFields\n    }\n  }\n':
    types.DataExportDocument,
  '\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n':
    types.RequestDataExportDocument,
  '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n':
    types.DeleteAccountDocument,
  '\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n  }\n':
    types.ViewerFieldsFragmentDoc,
  '\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n    unreadNotificationsCount\n  }\n':
    types.ViewerDocument,
  '\n  query Shell {\n    me {\n      ...ViewerFields\n    }\n    unreadNotificationsCount\n    folders {\n      id\n      name\n      position\n    }\n    subscriptions {\n      id\n      title\n      unreadCount\n      folder {\n        id\n        name\n      }\n      source {\n        id\n        kind\n        imageUrl\n        isVerified\n        health {\n          status\n          lastError\n        }\n      }\n    }\n  }\n':
    types.ShellDocument,
  '\n  query UnreadCounts {\n    subscriptions {\n      id\n      unreadCount\n    }\n  }\n':
    types.UnreadCountsDocument,
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      type\n    }\n  }\n':
    types.NotificationAddedDocument,
  '\n  mutation LogOut {\n    logOut\n  }\n': types.LogOutDocument,
  '\n  fragment SourceHealthFields on SourceHealth {\n    status\n    lastError\n    lastFetchedAt\n    lastSuccessAt\n    failingSince\n    nextFetchAt\n    lastFetchResult\n    lastFetchNewEntries\n  }\n':
    types.SourceHealthFieldsFragmentDoc,
  '\n  fragment SourceScheduleFields on SourceSchedule {\n    isPolled\n    nextFetchAt\n    reason\n    explanation\n  }\n':
    types.SourceScheduleFieldsFragmentDoc,
  '\n  mutation RefreshSource($sourceId: ID!) {\n    refreshSource(sourceId: $sourceId) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n    }\n  }\n':
    types.RefreshSourceDocument,
  '\n  query SourceFetchStatus($id: ID!) {\n    source(id: $id) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n      schedule {\n        ...SourceScheduleFields\n      }\n    }\n  }\n':
    types.SourceFetchStatusDocument,
  '\n  query SourcePage($id: ID!, $after: String) {\n    source(id: $id) {\n      id\n      kind\n      title\n      description\n      url\n      siteUrl\n      imageUrl\n      subscribersCount\n      lastEntryAt\n      isVerified\n      viewerIsSubscribed\n      claimedBy {\n        id\n        handle\n        displayName\n        isVerifiedCreator\n      }\n      health {\n        ...SourceHealthFields\n      }\n      schedule {\n        ...SourceScheduleFields\n      }\n      entries(first: 20, after: $after) {\n        edges {\n          node {\n            id\n            title\n            summary\n            publishedAt\n            sortAt\n            isVerified\n            media {\n              url\n              type\n            }\n            source {\n              id\n              title\n              imageUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.SourcePageDocument,
  '\n  query Timeline($first: Int!, $after: String, $filter: TimelineFilter) {\n    timeline(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TimelineDocument,
  '\n  query Starred($first: Int!, $after: String) {\n    starred(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.StarredDocument,
  '\n  subscription TimelineUpdates {\n    timelineUpdates {\n      entries {\n        id\n      }\n    }\n  }\n':
    types.TimelineUpdatesDocument,
  '\n  mutation MarkAllRead($filter: TimelineFilter, $before: DateTime) {\n    markAllRead(filter: $filter, before: $before)\n  }\n':
    types.MarkAllReadDocument,
  '\n  query Health {\n    health {\n      ok\n      database\n      redis\n      version\n    }\n  }\n':
    types.HealthDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Welcome {\n    me {\n      id\n      displayName\n      invitedBy {\n        ...PersonFields\n      }\n    }\n    subscriptions {\n      id\n      title\n      source {\n        id\n        kind\n        imageUrl\n      }\n    }\n  }\n',
): typeof import('./graphql').WelcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        handle\n      }\n    }\n  }\n',
): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        handle\n      }\n    }\n  }\n',
): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PreviewSource($input: String!, $kind: SourceKind) {\n    previewSource(input: $input, kind: $kind) {\n      sourceId\n      kind\n      title\n      description\n      imageUrl\n      siteUrl\n      url\n      source {\n        id\n        viewerIsSubscribed\n        subscribersCount\n        isVerified\n      }\n      recentItems {\n        title\n        summary\n        url\n        imageUrl\n        publishedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').PreviewSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Subscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      id\n      title\n      folder {\n        id\n        name\n      }\n      source {\n        id\n        kind\n        title\n      }\n    }\n  }\n',
): typeof import('./graphql').SubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Folders {\n    folders {\n      id\n      name\n    }\n  }\n',
): typeof import('./graphql').FoldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminGate {\n    me {\n      id\n      role\n    }\n  }\n',
): typeof import('./graphql').AdminGateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminUsers($query: String, $after: String) {\n    adminUsers(first: 50, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          handle\n          displayName\n          email\n          avatarUrl\n          role\n          createdAt\n          suspendedAt\n          isVerifiedCreator\n          followersCount\n          invitedBy {\n            id\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendUser($id: ID!) {\n    suspendUser(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n',
): typeof import('./graphql').SuspendUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnsuspendUser($id: ID!) {\n    unsuspendUser(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n',
): typeof import('./graphql').UnsuspendUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InviteFields on Invite {\n    id\n    code\n    url\n    note\n    status\n    maxUses\n    usesCount\n    createdAt\n    expiresAt\n    revokedAt\n    usedBy {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    createdBy {\n      id\n      handle\n    }\n  }\n',
): typeof import('./graphql').InviteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminInvites($after: String) {\n    adminInvites(first: 30, after: $after) {\n      edges {\n        node {\n          ...InviteFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').AdminInvitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyInvites {\n    myInvites {\n      ...InviteFields\n    }\n    me {\n      id\n      role\n    }\n  }\n',
): typeof import('./graphql').MyInvitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateInvite($input: CreateInviteInput) {\n    createInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n',
): typeof import('./graphql').CreateInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n',
): typeof import('./graphql').RevokeInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRevokeInvite($id: ID!) {\n    adminRevokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n',
): typeof import('./graphql').AdminRevokeInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Reports($status: ReportStatus, $after: String) {\n    reports(first: 50, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          reason\n          status\n          createdAt\n          resolvedAt\n          reporter {\n            id\n            handle\n            displayName\n          }\n          comment {\n            id\n            body\n            createdAt\n            removedAt\n            isTombstone\n            entryId\n            entry {\n              id\n              title\n            }\n            author {\n              id\n              handle\n              displayName\n              avatarUrl\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveComment($id: ID!) {\n    removeComment(id: $id) {\n      id\n      removedAt\n    }\n  }\n',
): typeof import('./graphql').RemoveCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').DismissReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SourceHealth($status: SourceStatus, $after: String) {\n    adminSources(first: 30, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          kind\n          title\n          url\n          imageUrl\n          subscribersCount\n          lastEntryAt\n          health {\n            ...SourceHealthFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').SourceHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRefreshSource($sourceId: ID!) {\n    refreshSource(sourceId: $sourceId) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n    }\n  }\n',
): typeof import('./graphql').AdminRefreshSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AppPasswords {\n    appPasswords {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n',
): typeof import('./graphql').AppPasswordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAppPassword($input: CreateAppPasswordInput!) {\n    createAppPassword(input: $input) {\n      secret\n      appPassword {\n        id\n        name\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').CreateAppPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n',
): typeof import('./graphql').RevokeAppPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ClaimFields on Claim {\n    id\n    code\n    status\n    method\n    failureReason\n    createdAt\n    checkedAt\n    verifiedAt\n    expiresAt\n    revokedAt\n    instructions {\n      method\n      title\n      text\n      hint\n    }\n    source {\n      id\n      kind\n      title\n      url\n      siteUrl\n      imageUrl\n      isVerified\n    }\n  }\n',
): typeof import('./graphql').ClaimFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClaimSource($id: ID!) {\n    source(id: $id) {\n      id\n      kind\n      title\n      url\n      siteUrl\n      imageUrl\n      description\n      isVerified\n      claimedBy {\n        id\n        handle\n        displayName\n      }\n    }\n    me {\n      id\n      handle\n    }\n  }\n',
): typeof import('./graphql').ClaimSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartClaim($sourceId: ID!) {\n    startClaim(sourceId: $sourceId) {\n      ...ClaimFields\n    }\n  }\n',
): typeof import('./graphql').StartClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckClaim($claimId: ID!) {\n    checkClaim(claimId: $claimId) {\n      ...ClaimFields\n    }\n  }\n',
): typeof import('./graphql').CheckClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyClaims {\n    myClaims {\n      ...ClaimFields\n    }\n  }\n',
): typeof import('./graphql').MyClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Creator($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      isVerifiedCreator\n      followersCount\n      viewerIsFollowing\n      feeds {\n        href\n        rel\n        type\n        title\n      }\n      verifiedSources {\n        id\n        kind\n        title\n        description\n        imageUrl\n        siteUrl\n        url\n        subscribersCount\n        viewerIsSubscribed\n      }\n    }\n    me {\n      id\n    }\n  }\n',
): typeof import('./graphql').CreatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreatorFeed($handle: String!, $after: String) {\n    creatorEntries(handle: $handle, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').CreatorFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoreComments($id: ID!, $after: String) {\n    entry(id: $id) {\n      id\n      comments(first: 50, after: $after) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MoreCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Replies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: 50, after: $after) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RepliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n',
): typeof import('./graphql').AddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n',
): typeof import('./graphql').EditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n',
): typeof import('./graphql').DeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ReportCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommentFields on Comment {\n    id\n    entryId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    isTombstone\n    authorIsSourceOwner\n    repliesCount\n    author {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n  }\n',
): typeof import('./graphql').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Discover($window: TrendingWindow!) {\n    discover(first: 12) {\n      sources {\n        reason\n        reasonKind\n        followedByCount\n        sampleFollowers {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n        source {\n          id\n          kind\n          title\n          description\n          imageUrl\n          url\n          siteUrl\n          isVerified\n          subscribersCount\n        }\n      }\n      people {\n        reason\n        reasonKind\n        followedByCount\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          bio\n          isVerifiedCreator\n        }\n      }\n      creators {\n        reason\n        reasonKind\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          bio\n          isVerifiedCreator\n        }\n        sourcesYouRead {\n          id\n          kind\n          title\n        }\n      }\n    }\n    trending(first: 10, window: $window) {\n      entries {\n        score\n        peopleCount\n        sharesCount\n        commentsCount\n        entry {\n          id\n          title\n          summary\n          publishedAt\n          isVerified\n          source {\n            id\n            kind\n            title\n            imageUrl\n            isVerified\n          }\n        }\n      }\n      sources {\n        score\n        peopleCount\n        newSubscribersCount\n        source {\n          id\n          kind\n          title\n          imageUrl\n          url\n          isVerified\n          subscribersCount\n          viewerIsSubscribed\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscoverSubscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      id\n      source {\n        id\n        viewerIsSubscribed\n        subscribersCount\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscoverSubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscoverUnsubscribe($sourceId: ID!) {\n    unsubscribe(sourceId: $sourceId)\n  }\n',
): typeof import('./graphql').DiscoverUnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DismissSuggestion($sourceId: ID, $userId: ID) {\n    dismissSuggestion(sourceId: $sourceId, userId: $userId)\n  }\n',
): typeof import('./graphql').DismissSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search($query: String!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: 20, after: $after, filter: $filter) {\n      edges {\n        cursor\n        score\n        highlight {\n          title\n          snippet\n        }\n        node {\n          id\n          title\n          url\n          publishedAt\n          author\n          isVerified\n          source {\n            id\n            kind\n            title\n            imageUrl\n            isVerified\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchSources {\n    subscriptions {\n      id\n      title\n      source {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').SearchSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchSourceTitle($id: ID!) {\n    source(id: $id) {\n      id\n      title\n    }\n  }\n',
): typeof import('./graphql').SearchSourceTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EntryCardFields on Entry {\n    id\n    kind\n    title\n    summary\n    url\n    author\n    publishedAt\n    sortAt\n    isPreview\n    isVerified\n    viewerHasRead\n    viewerHasStarred\n    viewerHasShared\n    commentsCount\n    sharesCount\n    media {\n      url\n      type\n      width\n      height\n      durationSeconds\n    }\n    source {\n      id\n      kind\n      title\n      imageUrl\n      siteUrl\n      isVerified\n    }\n    forwardedFrom {\n      name\n      url\n    }\n    sharedBy {\n      id\n      note\n      sharedAt\n      user {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n',
): typeof import('./graphql').EntryCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EntryReaderFields on Entry {\n    ...EntryCardFields\n    contentHtml\n    editedAt\n    source {\n      description\n      url\n      claimedBy {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').EntryReaderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkRead($ids: [ID!]!) {\n    markRead(entryIds: $ids) {\n      id\n      viewerHasRead\n    }\n  }\n',
): typeof import('./graphql').MarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkUnread($ids: [ID!]!) {\n    markUnread(entryIds: $ids) {\n      id\n      viewerHasRead\n    }\n  }\n',
): typeof import('./graphql').MarkUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Star($id: ID!) {\n    star(entryId: $id) {\n      id\n      viewerHasStarred\n    }\n  }\n',
): typeof import('./graphql').StarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unstar($id: ID!) {\n    unstar(entryId: $id) {\n      id\n      viewerHasStarred\n    }\n  }\n',
): typeof import('./graphql').UnstarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShareEntry($input: ShareInput!) {\n    share(input: $input) {\n      id\n      note\n    }\n  }\n',
): typeof import('./graphql').ShareEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnshareEntry($id: ID!) {\n    unshare(entryId: $id)\n  }\n',
): typeof import('./graphql').UnshareEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          isRead\n          createdAt\n          actor {\n            id\n            handle\n            displayName\n            avatarUrl\n          }\n          entry {\n            id\n            title\n          }\n          comment {\n            id\n            body\n            entryId\n          }\n          source {\n            id\n            title\n          }\n          claim {\n            id\n            failureReason\n            source {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationsCount\n  }\n',
): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n',
): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonFields on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    bio\n    viewerIsFollowing\n  }\n',
): typeof import('./graphql').PersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PeoplePageFields on UserConnection {\n    edges {\n      node {\n        ...PersonFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n',
): typeof import('./graphql').PeoplePageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Profile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      createdAt\n      isVerifiedCreator\n      followersCount\n      followingCount\n      followsViewer\n      viewerIsFollowing\n      viewerHasBlocked\n      feeds {\n        href\n        type\n        title\n      }\n      verifiedSources {\n        id\n        kind\n        title\n        imageUrl\n        siteUrl\n        url\n      }\n    }\n  }\n',
): typeof import('./graphql').ProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Followers($handle: String!, $after: String) {\n    followers(handle: $handle, first: 30, after: $after) {\n      ...PeoplePageFields\n    }\n  }\n',
): typeof import('./graphql').FollowersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Following($handle: String!, $after: String) {\n    following(handle: $handle, first: 30, after: $after) {\n      ...PeoplePageFields\n    }\n  }\n',
): typeof import('./graphql').FollowingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreatorEntries($handle: String!) {\n    creatorEntries(handle: $handle, first: 10) {\n      edges {\n        node {\n          ...EntryCardFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CreatorEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Follow($handle: String!) {\n    follow(handle: $handle) {\n      id\n      viewerIsFollowing\n      followersCount\n    }\n  }\n',
): typeof import('./graphql').FollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unfollow($handle: String!) {\n    unfollow(handle: $handle) {\n      id\n      viewerIsFollowing\n      followersCount\n    }\n  }\n',
): typeof import('./graphql').UnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BlockUser($handle: String!) {\n    block(handle: $handle) {\n      id\n      viewerHasBlocked\n    }\n  }\n',
): typeof import('./graphql').BlockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnblockUser($handle: String!) {\n    unblock(handle: $handle) {\n      id\n      viewerHasBlocked\n    }\n  }\n',
): typeof import('./graphql').UnblockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Entry($id: ID!) {\n    entry(id: $id) {\n      ...EntryReaderFields\n      comments(first: 50) {\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').EntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SettingsProfile {\n    me {\n      id\n      handle\n      email\n      displayName\n      bio\n      avatarUrl\n      role\n    }\n  }\n',
): typeof import('./graphql').SettingsProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      avatarUrl\n    }\n  }\n',
): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      expiresAt\n      lastSeenAt\n      ip\n      userAgent\n      isCurrent\n    }\n  }\n',
): typeof import('./graphql').SessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n',
): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogOutOtherSessions {\n    logOutOtherSessions\n  }\n',
): typeof import('./graphql').LogOutOtherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportOpml($opml: String!, $fileName: String) {\n    importOpml(opml: $opml, fileName: $fileName) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ImportOpmlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OpmlImport($id: ID!, $after: String) {\n    opmlImport(id: $id) {\n      id\n      status\n      total\n      done\n      subscribed\n      alreadySubscribed\n      failed\n      skippedForLimit\n      duplicates\n      skipped\n      error\n      createdAt\n      finishedAt\n      items(first: 100, after: $after) {\n        edges {\n          node {\n            id\n            position\n            title\n            url\n            folder\n            status\n            error\n            sourceId\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').OpmlImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportOpml {\n    exportOpml\n  }\n',
): typeof import('./graphql').ExportOpmlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DataExportFields on DataExport {\n    id\n    status\n    createdAt\n    finishedAt\n    expiresAt\n    sizeBytes\n    downloadUrl\n    error\n  }\n',
): typeof import('./graphql').DataExportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDataExports {\n    myDataExports {\n      ...DataExportFields\n    }\n  }\n',
): typeof import('./graphql').MyDataExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DataExport($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExportFields\n    }\n  }\n',
): typeof import('./graphql').DataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n',
): typeof import('./graphql').RequestDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n',
): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerFields on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n  }\n',
): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n    unreadNotificationsCount\n  }\n',
): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Shell {\n    me {\n      ...ViewerFields\n    }\n    unreadNotificationsCount\n    folders {\n      id\n      name\n      position\n    }\n    subscriptions {\n      id\n      title\n      unreadCount\n      folder {\n        id\n        name\n      }\n      source {\n        id\n        kind\n        imageUrl\n        isVerified\n        health {\n          status\n          lastError\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadCounts {\n    subscriptions {\n      id\n      unreadCount\n    }\n  }\n',
): typeof import('./graphql').UnreadCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      type\n    }\n  }\n',
): typeof import('./graphql').NotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogOut {\n    logOut\n  }\n',
): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SourceHealthFields on SourceHealth {\n    status\n    lastError\n    lastFetchedAt\n    lastSuccessAt\n    failingSince\n    nextFetchAt\n    lastFetchResult\n    lastFetchNewEntries\n  }\n',
): typeof import('./graphql').SourceHealthFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SourceScheduleFields on SourceSchedule {\n    isPolled\n    nextFetchAt\n    reason\n    explanation\n  }\n',
): typeof import('./graphql').SourceScheduleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSource($sourceId: ID!) {\n    refreshSource(sourceId: $sourceId) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n    }\n  }\n',
): typeof import('./graphql').RefreshSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SourceFetchStatus($id: ID!) {\n    source(id: $id) {\n      id\n      health {\n        ...SourceHealthFields\n      }\n      schedule {\n        ...SourceScheduleFields\n      }\n    }\n  }\n',
): typeof import('./graphql').SourceFetchStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SourcePage($id: ID!, $after: String) {\n    source(id: $id) {\n      id\n      kind\n      title\n      description\n      url\n      siteUrl\n      imageUrl\n      subscribersCount\n      lastEntryAt\n      isVerified\n      viewerIsSubscribed\n      claimedBy {\n        id\n        handle\n        displayName\n        isVerifiedCreator\n      }\n      health {\n        ...SourceHealthFields\n      }\n      schedule {\n        ...SourceScheduleFields\n      }\n      entries(first: 20, after: $after) {\n        edges {\n          node {\n            id\n            title\n            summary\n            publishedAt\n            sortAt\n            isVerified\n            media {\n              url\n              type\n            }\n            source {\n              id\n              title\n              imageUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SourcePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Timeline($first: Int!, $after: String, $filter: TimelineFilter) {\n    timeline(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Starred($first: Int!, $after: String) {\n    starred(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EntryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').StarredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TimelineUpdates {\n    timelineUpdates {\n      entries {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').TimelineUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAllRead($filter: TimelineFilter, $before: DateTime) {\n    markAllRead(filter: $filter, before: $before)\n  }\n',
): typeof import('./graphql').MarkAllReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Health {\n    health {\n      ok\n      database\n      redis\n      version\n    }\n  }\n',
): typeof import('./graphql').HealthDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
