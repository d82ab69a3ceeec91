import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>
        There is no page at this address. The item or source may have been archived, or the link may
        be mistyped.
      </p>
      <p>
        <Link href="/" className="underline">
          Go to the dashboard
        </Link>{' '}
        or{' '}
        <Link href="/items" className="underline">
          browse all items
        </Link>
        .
      </p>
    </div>
  );
}
