// The address people reach the web app at, for links shown to them: PUBLIC_WEB_URL when set, else the
// origin this request came to (the Host header the server answered on).
import 'server-only';
import { headers } from 'next/headers';
import { getWebConfig } from '@/lib/config';

export async function getPublicOrigin(): Promise<string> {
  const configured = getWebConfig().publicWebUrl;
  if (configured) return configured;
  const incoming = await headers();
  const host = incoming.get('host') ?? 'localhost';
  const protocol = incoming.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${protocol}://${host}`;
}
