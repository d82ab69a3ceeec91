// Locale-aware links for the public pages: <Link href="/items"> on a Russian
// page goes to /ru/items. Use these instead of next/link's in anything a
// public page renders.
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

export const { Link } = createNavigation(routing);
