import { notFound } from 'next/navigation';

// Any address of no page: the localised not-found page (app/[locale]/not-found.tsx).
export default function CatchAll() {
  notFound();
}
