/**
 * The one HTML sanitizer for untrusted content (feeds, posts, bios). Allowlist-based on
 * sanitize-html. What survives: text formatting, links, lists, tables, quotes, code, headings,
 * images, audio/video with sources, figures, and iframes from YouTube and Vimeo only (embedded
 * players are how video blogs publish; every other frame is dropped). Everything else — scripts,
 * event handlers, styles, forms, objects, `javascript:`/`data:`/`vbscript:` URLs, meta/base tags,
 * tracking pixels (1×1 images and known pixel hosts) — is removed. Links get
 * `rel="noopener noreferrer nofollow"` and `target="_blank"`; relative URLs become absolute
 * against `baseUrl`.
 */
import sanitizeHtmlLib from 'sanitize-html';
import { resolveHttpUrl, hostOf } from './util/url.js';

export interface SanitizeOptions {
  /** Base for relative URLs (the item link, xml:base or the document URL). */
  baseUrl?: string | null;
}

const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'iframe', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
  'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strike',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track',
  'u', 'ul', 'var', 'video', 'wbr',
];

const ALLOWED_ATTRIBUTES: sanitizeHtmlLib.IOptions['allowedAttributes'] = {
  a: ['href', 'title', 'rel', 'target'],
  img: ['src', 'srcset', 'alt', 'title', 'width', 'height', 'loading'],
  audio: ['src', 'controls', 'preload'],
  video: ['src', 'poster', 'controls', 'preload', 'width', 'height', 'loop', 'muted', 'playsinline'],
  source: ['src', 'srcset', 'type', 'media', 'sizes'],
  track: ['src', 'kind', 'srclang', 'label'],
  iframe: ['src', 'width', 'height', 'allowfullscreen', 'title'],
  abbr: ['title'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  td: ['colspan', 'rowspan', 'align'],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  col: ['span'],
  colgroup: ['span'],
  '*': ['lang', 'dir'],
};

/** Frames we keep: video players that publishers embed. */
export const ALLOWED_IFRAME_HOSTS = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
  'player.vimeo.com',
];

/** Hosts that serve invisible tracking images. */
const PIXEL_HOSTS = [
  'feeds.feedburner.com',
  'feedproxy.google.com',
  'pixel.wp.com',
  'stats.wordpress.com',
  'www.google-analytics.com',
  'google-analytics.com',
  'pixel.quantserve.com',
  'sb.scorecardresearch.com',
  'b.scorecardresearch.com',
  'ad.doubleclick.net',
  'pubads.g.doubleclick.net',
  'rss.buysellads.com',
  'feedads.g.doubleclick.net',
  'pi.feedsportal.com',
  'api.follow.it',
  'counter.theconversation.com',
  'eotrx.substackcdn.com',
  'open.substack.com/api/v1/pixel',
];

function isTrackingPixel(attribs: Record<string, string>, src: string | null): boolean {
  const width = attribs.width?.trim();
  const height = attribs.height?.trim();
  if ((width === '1' || width === '0' || width === '1px') && (height === '1' || height === '0' || height === '1px')) return true;
  if (!src) return false;
  const host = hostOf(src);
  if (host && PIXEL_HOSTS.some((pixel) => pixel === host || src.includes(`//${pixel}`))) return true;
  return /\/(spacer|pixel|blank|beacon|transparent)\.gif(\?|$)/i.test(src) || /[/?&](utm_pixel|tracking_pixel)=/.test(src);
}

function resolveSrcset(srcset: string, base: string | null | undefined): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const resolved = resolveHttpUrl(url, base);
      return resolved ? [resolved, ...descriptor].join(' ') : null;
    })
    .filter((candidate): candidate is string => candidate !== null)
    .join(', ');
}

function optionsFor(baseUrl: string | null | undefined): sanitizeHtmlLib.IOptions {
  const resolve = (value: string | undefined): string | null => resolveHttpUrl(value, baseUrl);
  const srcTransform =
    (tag: string) =>
    (tagName: string, attribs: sanitizeHtmlLib.Attributes): sanitizeHtmlLib.Tag => {
      const next = { ...attribs };
      for (const attribute of ['src', 'poster']) {
        if (next[attribute] !== undefined) {
          const url = resolve(next[attribute]);
          if (url) next[attribute] = url;
          else delete next[attribute];
        }
      }
      if (next.srcset !== undefined) {
        const srcset = resolveSrcset(next.srcset, baseUrl);
        if (srcset) next.srcset = srcset;
        else delete next.srcset;
      }
      if (tag === 'img') {
        if (!next.src && next['data-src']) {
          const lazy = resolve(next['data-src']);
          if (lazy) next.src = lazy;
        }
        next.loading = 'lazy';
      }
      return { tagName, attribs: next };
    };
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'], audio: ['http', 'https'], video: ['http', 'https'], source: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster', 'srcset'],
    allowProtocolRelative: false,
    allowedIframeHostnames: ALLOWED_IFRAME_HOSTS,
    allowIframeRelativeUrls: false,
    disallowedTagsMode: 'discard',
    // Elements whose content is dropped with them. <object> is not among them: what it holds is fallback
    // content, kept as ordinary (sanitized) HTML when the element itself is removed. A frame we do not
    // keep goes with its content (the exclusive filter below).
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'template', 'xmp', 'noembed', 'noframes', 'svg', 'math', 'select', 'button'],
    parseStyleAttributes: false,
    transformTags: {
      a: (tagName, attribs) => {
        const next: sanitizeHtmlLib.Attributes = {};
        const href = attribs.href?.trim();
        // href="" points at the document itself: the base, when there is one.
        if (href || (href === '' && baseUrl)) {
          const resolved = href?.startsWith('mailto:') ? href : resolve(href || baseUrl!);
          if (resolved) {
            next.href = resolved;
            next.rel = 'noopener noreferrer nofollow';
            next.target = '_blank';
          }
        }
        if (attribs.title) next.title = attribs.title;
        return { tagName, attribs: next };
      },
      img: srcTransform('img'),
      video: srcTransform('video'),
      audio: srcTransform('audio'),
      source: srcTransform('source'),
      track: srcTransform('track'),
      iframe: (tagName, attribs) => {
        const src = resolve(attribs.src);
        const next: sanitizeHtmlLib.Attributes = { ...attribs };
        if (src) next.src = src.replace(/^http:/, 'https:');
        else delete next.src;
        return { tagName, attribs: next };
      },
    },
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img') return !frame.attribs.src || isTrackingPixel(frame.attribs, frame.attribs.src);
      if (frame.tag === 'iframe') return !frame.attribs.src;
      return false;
    },
  };
}

const optionsCache = new Map<string, sanitizeHtmlLib.IOptions>();

/** Sanitize untrusted HTML to the allowlist above. */
export function sanitizeHtml(html: string | null | undefined, options: SanitizeOptions = {}): string {
  if (!html) return '';
  const key = options.baseUrl ?? '';
  let config = optionsCache.get(key);
  if (!config) {
    config = optionsFor(options.baseUrl);
    if (optionsCache.size > 256) optionsCache.clear();
    optionsCache.set(key, config);
  }
  return sanitizeHtmlLib(html, config).trim();
}
