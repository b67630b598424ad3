import { urlHost } from './field-rules/web';

const socialProfileHosts = [
  'facebook.com',
  'fb.com',
  'instagram.com',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'tiktok.com',
  'youtube.com',
  'pinterest.com',
  'threads.net',
  'nextdoor.com',
  'yelp.com',
];

const linkShortenerHosts = [
  'bit.ly',
  'tinyurl.com',
  'linktr.ee',
  't.co',
  'goo.gl',
  'g.page',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'lnkd.in',
  'rb.gy',
  'fb.me',
  'youtu.be',
  'bio.link',
  'beacons.ai',
  'linkin.bio',
];

const matches = (host: string, domains: readonly string[]): boolean =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));

export type WebsiteHostKind = 'social-profile' | 'link-shortener';

/** Whether a website is a social-media profile or a shortened / link-in-bio link; null for anything else. */
export const websiteHostKind = (url: string): WebsiteHostKind | null => {
  const host = urlHost(url);
  if (host === '') return null;
  if (matches(host, linkShortenerHosts)) return 'link-shortener';
  if (matches(host, socialProfileHosts)) return 'social-profile';
  return null;
};
