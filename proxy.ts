// Runs before every page request. Two jobs, nothing else:
// 1. a Content-Security-Policy with a fresh nonce (Next applies it to its own
//    scripts); pages render per request anyway, see docs/decisions/0004;
// 2. send anonymous visitors of analyst pages to /login. This is a courtesy
//    redirect only: every page, action and route checks the session itself
//    (lib/session.ts), because a proxy can be bypassed.
import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth.config';

const { auth } = NextAuth(authConfig);

const ANALYST_PATHS = ['/workspace', '/admin', '/account'];

function contentSecurityPolicy(nonce: string, isHttps: boolean): string {
  const isDev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

function withSecurityHeaders(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const isHttps =
    request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const csp = contentSecurityPolicy(nonce, isHttps);
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
  const { pathname } = request.nextUrl;
  const isAnalystPath = ANALYST_PATHS.some(
    (path) => pathname === path || pathname.startsWith(`${path}/`),
  );
  return isAnalystPath ? guardAnalystPage(request, event as never) : withSecurityHeaders(request);
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico|feed.xml).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
