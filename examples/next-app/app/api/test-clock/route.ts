// For the browser tests only: moves the server's clock of the time-limited application forward, so a test
// does not wait 20 minutes. Answers 404 unless the server was started with AUKIO_TEST_CLOCK=1.
import { NextResponse } from 'next/server';
import { advanceClock, now } from '../../../lib/timeLimit';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  if (process.env.AUKIO_TEST_CLOCK !== '1') return new NextResponse(null, { status: 404 });
  const { advance } = (await request.json()) as { advance?: unknown };
  if (typeof advance !== 'number' || !(advance >= 0)) return new NextResponse(null, { status: 400 });
  advanceClock(advance);
  return NextResponse.json({ now: now() });
}
