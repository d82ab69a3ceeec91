import { SourceMetadata } from '@/components/source-metadata';
import type { SourceVersionDto, SourceWorkspaceDto } from '@/lib/data/workspace/sources';

const instant = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** The metadata of a source, as analysts need it: with when and by whom it was imported. */
export function SourceMetadataList({ source }: { source: SourceWorkspaceDto }) {
  return (
    <SourceMetadata source={source} audience="analyst">
      <dt className="font-medium">Imported</dt>
      <dd>
        {instant.format(new Date(source.importedAt))} UTC
        {source.importedByName && ` by ${source.importedByName}`}
      </dd>
    </SourceMetadata>
  );
}

/** Every stored text of the source, newest first, with its fingerprint. */
export function SourceVersionHistory({
  versions,
  latest,
}: {
  versions: readonly SourceVersionDto[];
  latest: number;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Stored versions of the text, newest first</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Version
            </th>
            <th scope="col" className="py-2 pr-4">
              Saved
            </th>
            <th scope="col" className="py-2 pr-4">
              Note
            </th>
            <th scope="col" className="py-2">
              SHA-256
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr
              key={version.number}
              className="border-b border-slate-200 align-top dark:border-slate-800"
            >
              <td className="py-2 pr-4">
                {version.number}
                {version.number === latest && (
                  <span className="ml-1 text-slate-600 dark:text-slate-400">(current)</span>
                )}
              </td>
              <td className="py-2 pr-4">
                {instant.format(new Date(version.createdAt))} UTC
                {version.createdByName && (
                  <span className="block text-slate-600 dark:text-slate-400">
                    by {version.createdByName}
                  </span>
                )}
              </td>
              <td className="py-2 pr-4">
                {version.note ?? '—'}
                <span className="block text-slate-600 dark:text-slate-400">
                  {version.length.toLocaleString('en')} characters
                </span>
              </td>
              <td className="py-2">
                <code className="break-all font-mono text-xs">{version.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
