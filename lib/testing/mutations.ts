// Every mutation the app exposes, found by reading the code, and the means to
// call one as a signed-in user: shared by the authorization matrix
// (app/authorization-matrix.test.ts) and the hostile-input suite
// (app/hostile-input.test.ts), so a new mutation is covered by both.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { insertAccount } from '@/lib/accounts';
import { testDb } from '@/lib/testing/db';

export const SESSION_COOKIE = 'authjs.session-token';

/** The cookie of the request being simulated; read by the tests' next/headers mock. */
export const request = { cookie: '' };

/** next/headers for a request carrying `request.cookie` (vi.mock in each test file). */
export function mockHeaders() {
  return {
    headers: async () =>
      new Headers({ cookie: request.cookie, host: 'localhost:3000', 'x-forwarded-proto': 'http' }),
    cookies: async () => ({
      get: (name: string) =>
        request.cookie.startsWith(`${name}=`)
          ? { name, value: request.cookie.slice(name.length + 1) }
          : undefined,
      getAll: () =>
        request.cookie
          ? request.cookie.split('; ').map((pair) => ({
              name: pair.slice(0, pair.indexOf('=')),
              value: pair.slice(pair.indexOf('=') + 1),
            }))
          : [],
      has: () => false,
      set: () => undefined,
      delete: () => undefined,
    }),
  };
}

export type Need = 'PUBLIC' | 'ANALYST' | 'ADMIN';

/** Every mutation and the role it needs. Keys: "<file relative to app/>#<export>". */
export const REQUIRED: Record<string, Need> = {
  '[locale]/(public)/login/actions.ts#signInAction': 'PUBLIC',
  '[locale]/(public)/login/actions.ts#signOutAction': 'PUBLIC',
  '[locale]/(analyst)/account/actions.ts#changePasswordAction': 'ANALYST',
  '[locale]/(analyst)/admin/users/actions.ts#createUserAction': 'ADMIN',
  '[locale]/(analyst)/admin/users/actions.ts#changeRoleAction': 'ADMIN',
  '[locale]/(analyst)/admin/users/actions.ts#setDisabledAction': 'ADMIN',
  '[locale]/(analyst)/admin/users/actions.ts#unlockSignInAction': 'ADMIN',
  '[locale]/(analyst)/workspace/sources/new/actions.ts#prepareImportAction': 'ANALYST',
  '[locale]/(analyst)/workspace/sources/new/actions.ts#importSourceAction': 'ANALYST',
  '[locale]/(analyst)/workspace/sources/[id]/actions.ts#createStatementAction': 'ANALYST',
  '[locale]/(analyst)/workspace/sources/[id]/actions.ts#updateStatementAction': 'ANALYST',
  '[locale]/(analyst)/workspace/sources/[id]/actions.ts#archiveStatementAction': 'ANALYST',
  '[locale]/(analyst)/workspace/sources/[id]/actions.ts#reviseSourceTextAction': 'ANALYST',
  '[locale]/(analyst)/workspace/sources/[id]/actions.ts#dismissSuggestionAction': 'ANALYST',
  '[locale]/(analyst)/workspace/sources/[id]/actions.ts#updateSourceAction': 'ANALYST',
  '[locale]/(analyst)/workspace/sources/[id]/actions.ts#archiveSourceAction': 'ANALYST',
  '[locale]/(analyst)/workspace/orphans/actions.ts#reattachStatementAction': 'ANALYST',
  '[locale]/(analyst)/workspace/orphans/actions.ts#archiveOrphanAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/actions.ts#createItemAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/actions.ts#updateItemAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/actions.ts#moveItemAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/actions.ts#setItemArchivedAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/actions.ts#createMilestoneAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/actions.ts#updateMilestoneAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/actions.ts#removeMilestoneAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/actions.ts#restoreItemVersionAction': 'ANALYST',
  '[locale]/(analyst)/workspace/areas/actions.ts#updateAreaAction': 'ANALYST',
  '[locale]/(analyst)/workspace/areas/actions.ts#moveAreaAction': 'ANALYST',
  '[locale]/(analyst)/workspace/areas/actions.ts#setAreaArchivedAction': 'ANALYST',
  '[locale]/(analyst)/workspace/annotations/actions.ts#createAnnotationAction': 'ANALYST',
  '[locale]/(analyst)/workspace/annotations/actions.ts#updateAnnotationAction': 'ANALYST',
  '[locale]/(analyst)/workspace/annotations/actions.ts#archiveAnnotationAction': 'ANALYST',
  '[locale]/(analyst)/workspace/items/[id]/status/actions.ts#recordStatusChangeAction': 'ANALYST',
  '[locale]/(analyst)/workspace/finalise/actions.ts#finaliseAction': 'ANALYST',
  '[locale]/(analyst)/workspace/finalise/actions.ts#saveFinaliseDraftAction': 'ANALYST',
};

/** Route handlers that accept writes, and why they are outside the matrix. */
export const EXEMPT_ROUTES: Record<string, string> = {
  'api/auth/[...nextauth]/route.ts#POST':
    'Auth.js sign-in/sign-out endpoints, protected by its CSRF token',
};

export const APP_DIR = path.resolve(__dirname, '../../app');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.(ts|tsx)$/.test(entry) && !entry.endsWith('.test.ts') ? [full] : [];
  });
}

export function discoverServerActionFiles(): string[] {
  return walk(APP_DIR).filter((file) => /^\s*['"]use server['"]/.test(readFileSync(file, 'utf8')));
}

export function discoverWritingRoutes(): string[] {
  return walk(APP_DIR)
    .filter((file) => path.basename(file) === 'route.ts')
    .flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return ['POST', 'PUT', 'PATCH', 'DELETE']
        .filter((method) =>
          new RegExp(
            `export (async function|const \\{[^}]*\\b)${method}\\b|export const ${method}\\b|\\b${method}\\b[^}]*\\} = handlers`,
          ).test(source),
        )
        .map((method) => `${path.relative(APP_DIR, file)}#${method}`);
    });
}

export async function sessionCookieFor(
  user: { id: string; email: string; name: string; role: string },
  sessionVersion: number,
  signedInAt = Math.floor(Date.now() / 1000),
) {
  const token = await encode({
    salt: SESSION_COOKIE,
    secret: process.env.AUTH_SECRET!,
    token: {
      sub: user.id,
      uid: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sv: sessionVersion,
      signedInAt,
    },
  });
  return `${SESSION_COOKIE}=${token}`;
}

export async function makeUser(role: 'ADMIN' | 'ANALYST', label: string) {
  const suffix = randomBytes(4).toString('hex');
  return insertAccount(
    testDb(),
    {
      email: `${label}-${suffix}@matrix.test`,
      name: `${label} ${suffix}`,
      role,
      password: `pw-${suffix}-long-enough`,
    },
    null,
  );
}

export type MutationAction = (...args: unknown[]) => Promise<unknown>;

/** The function behind a key of REQUIRED ("<file relative to app/>#<export>"). */
export async function loadMutation(key: string): Promise<MutationAction> {
  const [file, name] = key.split('#') as [string, string];
  const exports = (await import(path.join(APP_DIR, file))) as Record<string, MutationAction>;
  const action = exports[name];
  if (typeof action !== 'function') throw new Error(`${key} is not a function`);
  return action;
}

/** The fields each mutation's schema reads (lib/validation/*), to aim most submissions at. */
export const FIELDS: Record<string, string[]> = {
  'account/actions.ts#changePasswordAction': ['currentPassword', 'newPassword', 'confirmPassword'],
  'admin/users/actions.ts#createUserAction': ['email', 'name', 'role', 'password'],
  'admin/users/actions.ts#changeRoleAction': ['userId', 'version', 'role'],
  'admin/users/actions.ts#setDisabledAction': ['userId', 'version', 'disabled'],
  'admin/users/actions.ts#unlockSignInAction': ['userId'],
  'workspace/sources/new/actions.ts#prepareImportAction': ['text', 'pastedFormat', 'file'],
  'workspace/sources/new/actions.ts#importSourceAction': [
    'title',
    'outlet',
    'outletType',
    'provenance',
    'originalOutlet',
    'url',
    'publishedOn',
    'yearInferred',
    'yearBasis',
    'confirmYear',
    'place',
    'dateline',
    'languages',
    'event',
    'text',
    'trim',
  ],
  'workspace/sources/[id]/actions.ts#createStatementAction': [
    'sourceId',
    'sourceVersion',
    'mode',
    'start',
    'end',
    'quote',
    'quoteText',
    'occurrence',
    'speaker',
    'relayedFrom',
    'sameRemarkAs',
    'statedOn',
    'kind',
    'itemIds',
  ],
  'workspace/sources/[id]/actions.ts#updateStatementAction': [
    'statementId',
    'version',
    'speaker',
    'relayedFrom',
    'sameRemarkAs',
    'statedOn',
    'kind',
    'itemIds',
  ],
  'workspace/sources/[id]/actions.ts#archiveStatementAction': ['statementId', 'version', 'reason'],
  'workspace/sources/[id]/actions.ts#updateSourceAction': [
    'sourceId',
    'version',
    'title',
    'outlet',
    'outletType',
    'provenance',
    'originalOutlet',
    'url',
    'publishedOn',
    'yearInferred',
    'yearBasis',
    'place',
    'dateline',
    'languages',
    'event',
  ],
  'workspace/sources/[id]/actions.ts#archiveSourceAction': [
    'sourceId',
    'version',
    'archived',
    'reason',
  ],
  'workspace/sources/[id]/actions.ts#dismissSuggestionAction': [
    'sourceId',
    'sourceVersion',
    'itemId',
    'start',
    'end',
  ],
  'workspace/sources/[id]/actions.ts#reviseSourceTextAction': [
    'sourceId',
    'fromVersion',
    'text',
    'note',
  ],
  'workspace/orphans/actions.ts#reattachStatementAction': [
    'statementId',
    'version',
    'sourceId',
    'sourceVersion',
    'mode',
    'start',
    'end',
    'quote',
    'quoteText',
    'occurrence',
  ],
  'workspace/orphans/actions.ts#archiveOrphanAction': ['statementId', 'version', 'reason'],
  'workspace/items/actions.ts#createItemAction': ['areaId', 'title', 'summary'],
  'workspace/items/actions.ts#updateItemAction': [
    'id',
    'version',
    'areaId',
    'title',
    'summary',
    'titleRu',
    'summaryRu',
  ],
  'workspace/items/actions.ts#moveItemAction': ['id', 'version', 'direction'],
  'workspace/items/actions.ts#setItemArchivedAction': ['id', 'version', 'archived'],
  'workspace/items/actions.ts#createMilestoneAction': [
    'itemId',
    'title',
    'dueOn',
    'precision',
    'outcome',
    'outcomeOn',
    'outcomePrecision',
    'evidenceId',
  ],
  'workspace/items/actions.ts#updateMilestoneAction': [
    'id',
    'version',
    'title',
    'dueOn',
    'precision',
    'outcome',
    'outcomeOn',
    'outcomePrecision',
    'evidenceId',
  ],
  'workspace/items/actions.ts#removeMilestoneAction': ['id', 'version'],
  'workspace/items/actions.ts#restoreItemVersionAction': [
    'itemId',
    'version',
    'revisionId',
    'side',
  ],
  'workspace/areas/actions.ts#updateAreaAction': ['id', 'version', 'title', 'summary'],
  'workspace/areas/actions.ts#moveAreaAction': ['id', 'version', 'direction'],
  'workspace/areas/actions.ts#setAreaArchivedAction': ['id', 'version', 'archived'],
  'workspace/annotations/actions.ts#createAnnotationAction': ['targetType', 'targetId', 'body'],
  'workspace/annotations/actions.ts#updateAnnotationAction': ['id', 'version', 'body'],
  'workspace/annotations/actions.ts#archiveAnnotationAction': ['id', 'version'],
  'workspace/items/[id]/status/actions.ts#recordStatusChangeAction': [
    'itemId',
    'status',
    'effectiveOn',
    'note',
    'evidence',
    'correctsId',
  ],
  'workspace/finalise/actions.ts#finaliseAction': ['presidencyId', 'seenFinalizedAt'],
  'workspace/finalise/actions.ts#saveFinaliseDraftAction': ['presidencyId'],
  'login/actions.ts#signInAction': ['email', 'password', 'callbackUrl'],
};

/** The key of FIELDS for a key of REQUIRED: the locale segment and route group left out. */
export function fieldsKey(key: string): string {
  return key.replace(/^(\[locale\]\/)?\([a-z]+\)\//, '');
}
