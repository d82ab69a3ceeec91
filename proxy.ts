// Runs before every page request (the language of an address is mapped onto
// app/[locale] after it, by next.config.js). Two jobs, nothing else:
// 1. a Content-Security-Policy. Signed-in pages (and the sign-in form) render
//    per request and get a fresh nonce, which Next applies to its own scripts.
//    Public pages are rendered once and shared by every reader and cache, so
//    they cannot carry a per-request nonce: they get a fixed policy that
//    allows Next's inline payload scripts (docs/decisions/0013);
// 2. send anonymous visitors of analyst pages to /login. This is a courtesy
//    redirect only: every page, action and route checks the session itself
//    (lib/session.ts), because a proxy can be bypassed.
import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth.config';
import { contentSecurityPolicy } from '@/lib/csp';

const { auth } = NextAuth(authConfig);

const ANALYST_PATHS = ['/workspace', '/admin', '/account'];

const NONCE_PATHS = [...ANALYST_PATHS, '/login'];

function isUnder(pathname: string, paths: readonly string[]): boolean {
  return paths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

function withSecurityHeaders(request: NextRequest): NextResponse {
  const nonce = isUnder(request.nextUrl.pathname, NONCE_PATHS)
    ? Buffer.from(crypto.randomUUID()).toString('base64')
    : null;
  const isHttps =
    request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  if (!nonce) {
    // Public pages: the fixed policy comes from next.config.js, prefetches included.
    const response = NextResponse.next();
    if (isHttps)
      response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    return response;
  }
  const csp = contentSecurityPolicy(nonce, {
    isHttps,
    isDev: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (isHttps)
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

const guardAnalystPage = auth((request) => {
  if (!request.auth?.user) {
    const { pathname, search } = request.nextUrl;
    const login = new URL('/login', request.nextUrl);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return withSecurityHeaders(request);
});

// Public pages do not touch the session at all: no Auth.js cookies are set
// for readers who never sign in.
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  return isUnder(request.nextUrl.pathname, ANALYST_PATHS)
    ? guardAnalystPage(request, event as never)
    : withSecurityHeaders(request);
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico|feed.xml|robots.txt|sitemap.xml).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
