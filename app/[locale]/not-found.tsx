import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('notFound');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/" className="underline">
          {t('dashboard')}
        </Link>{' '}
        {t('or')}{' '}
        <Link href="/items" className="underline">
          {t('items')}
        </Link>
        .
      </p>
    </div>
  );
}
