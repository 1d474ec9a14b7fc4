import { notFound } from 'next/navigation';
import { isLang, type Lang } from './strings';

/** The page's language from the route, or a 404. */
export async function langOf(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return lang;
}
