-- Seeds the timeline bench database: 10k users, 10k sources, 1M entries, 300 subscriptions and 100
-- follows per user, 1,000 verified creators (2 sources each) and 200k shares. Deterministic (setseed),
-- generated inside PostgreSQL (generate_series), so seeding takes about a minute, not hours.
-- Sessions: user N signs in with the cookie token 'bench-session-token-N' (stored as its SHA-256 hex).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SELECT setseed(0.42);

TRUNCATE "User", "Source" CASCADE;

CREATE TEMP TABLE bench_user AS
  SELECT n, gen_random_uuid() AS id FROM generate_series(0, 9999) AS n;
CREATE TEMP TABLE bench_source AS
  SELECT n, gen_random_uuid() AS id FROM generate_series(0, 9999) AS n;
CREATE UNIQUE INDEX ON bench_user (n);
CREATE UNIQUE INDEX ON bench_source (n);

INSERT INTO "User" (id, handle, "handleLower", email, "passwordHash", "displayName", "updatedAt")
SELECT id, 'bench' || n, 'bench' || n, 'bench' || n || '@bench.invalid', 'x', 'Bench user ' || n, now()
FROM bench_user;

INSERT INTO "Session" (id, "tokenHash", "userId", "expiresAt")
SELECT gen_random_uuid(), encode(sha256(convert_to('bench-session-token-' || n, 'UTF8')), 'hex'), id, now() + interval '30 days'
FROM bench_user;

INSERT INTO "Source" (id, kind, key, "fetchUrl", "siteUrl", title, description, status, "lastFetchedAt", "updatedAt",
                      "nextFetchAt")
SELECT id, 'RSS', 'https://feed' || n || '.bench.invalid/feed.xml', 'https://feed' || n || '.bench.invalid/feed.xml',
       'https://feed' || n || '.bench.invalid/', 'Bench feed ' || n, 'Feed number ' || n, 'OK', now(), now(),
       now() + interval '1 day'
FROM bench_source;

-- 1M entries, 100 per source on average, spread over the last year.
INSERT INTO "Entry" (id, "sourceId", guid, "guidHash", url, title, summary, "contentHtml", author, kind, media,
                     "hasImage", "hasVideo", "hasAudio", "publishedAt", "sortAt", "createdAt", "updatedAt")
SELECT gen_random_uuid(), s.id, 'g' || i, encode(sha256(convert_to('g' || i, 'UTF8')), 'hex'), 'https://feed' || s.n || '.bench.invalid/p/' || i,
       'Entry ' || i, 'Summary of entry ' || i, '<p>Body of entry ' || i || '</p>', 'Author ' || (i % 97),
       CASE WHEN i % 3 = 0 THEN 'POST'::"EntryKind" ELSE 'ARTICLE'::"EntryKind" END,
       CASE WHEN i % 5 = 0 THEN jsonb_build_array(jsonb_build_object('url', 'https://img.bench.invalid/' || i || '.jpg', 'type', 'image/jpeg'))
            ELSE '[]'::jsonb END,
       i % 5 = 0, i % 50 = 0, i % 101 = 0, t, t, t, t
FROM (
  SELECT i, now() - random() * interval '365 days' AS t FROM generate_series(1, 1000000) AS i
) g
JOIN bench_source s ON s.n = g.i % 10000;

-- 300 distinct subscriptions per user (stride 33 is coprime with 10,000).
INSERT INTO "Subscription" (id, "userId", "sourceId")
SELECT gen_random_uuid(), u.id, s.id
FROM bench_user u CROSS JOIN generate_series(0, 299) AS k
JOIN bench_source s ON s.n = (u.n * 37 + k * 33) % 10000;

UPDATE "Source" so SET "subscribersCount" = c.count
FROM (SELECT "sourceId", count(*) AS count FROM "Subscription" GROUP BY 1) c WHERE c."sourceId" = so.id;

-- 100 distinct follows per user, never oneself.
INSERT INTO "Follow" ("followerId", "followeeId", "createdAt")
SELECT u.id, f.id, now() - k * interval '1 hour'
FROM bench_user u CROSS JOIN generate_series(0, 99) AS k
JOIN bench_user f ON f.n = (u.n + 1 + k * 97) % 10000;

-- Every 10th user is a verified creator of two sources (their followers read those too).
INSERT INTO "Claim" (id, "userId", "sourceId", code, method, status, "verifiedAt", "expiresAt")
SELECT gen_random_uuid(), u.id, s.id, 'tributary-verify=bench-' || u.n || '-' || k, 'DESCRIPTION', 'VERIFIED', now(), now()
FROM bench_user u CROSS JOIN generate_series(0, 1) AS k
JOIN bench_source s ON s.n = (u.n * 7 + k * 5003) % 10000
WHERE u.n % 10 = 0;

-- 200k shares by random users of random entries over the last 90 days.
CREATE TEMP TABLE bench_entry AS SELECT (row_number() OVER ()) - 1 AS n, id FROM "Entry";
CREATE UNIQUE INDEX ON bench_entry (n);
INSERT INTO "Share" (id, "userId", "entryId", note, "createdAt")
SELECT gen_random_uuid(), u.id, e.id, 'note ' || x.i, now() - random() * interval '90 days'
FROM (SELECT i, (random() * 9999)::int AS un, (random() * 999999)::int AS en FROM generate_series(1, 200000) AS i) x
JOIN bench_user u ON u.n = x.un
JOIN bench_entry e ON e.n = x.en
ON CONFLICT DO NOTHING;

UPDATE "Entry" e SET "sharesCount" = c.count
FROM (SELECT "entryId", count(*) AS count FROM "Share" GROUP BY 1) c WHERE c."entryId" = e.id;

VACUUM ANALYZE;
