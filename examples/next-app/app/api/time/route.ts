// Where SessionTimeoutWarning's form posts without JavaScript (its `extendAction`): intent=extend gives more
// time, intent=sign-out ends the visit. Then back to the step (or the start page).
import { NextResponse } from 'next/server';
import { isLang } from '../../../lib/strings';
import { currentVisit, endVisit, isTimedStep, touch } from '../../../lib/timeLimit';

export async function POST(request: Request) {
  const form = await request.formData();
  const posted = form.get('lang');
  const lang = typeof posted === 'string' && isLang(posted) ? posted : 'fi';
  const step = form.get('return');
  const found = await currentVisit();
  let location = isTimedStep(step) ? `/${lang}/timed/${step}` : `/${lang}/timed`;
  if (found && form.get('intent') === 'sign-out') {
    await endVisit(found.id);
    location = `/${lang}/timed`;
  } else if (found && form.get('intent') === 'extend') touch(found.visit);
  return new NextResponse(null, { status: 303, headers: { Location: location } });
}
