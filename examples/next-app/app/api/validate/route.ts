// Aukio's validators in a route handler: POST a form with `start-day`, `start-month`, `start-year` and
// `months`, get the same messages the fields show. (An API for other clients, e.g. a mobile app.)
import { datePartsFromFormData, validateDateParts, validateNumber } from '@aukio/react/server';
import { isLang } from '../../../lib/strings';

export async function POST(request: Request) {
  const form = await request.formData();
  const posted = form.get('lang');
  const locale = typeof posted === 'string' && isLang(posted) ? posted : 'fi';
  const date = validateDateParts(datePartsFromFormData(form, 'start'), { locale, required: true });
  const months = validateNumber(String(form.get('months') ?? ''), { locale, integer: true, min: 1, max: 12 });
  return Response.json({ start: date, months });
}
