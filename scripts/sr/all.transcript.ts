// Every transcript test in one file, so one desktop and one Orca serve them all (starting them takes about
// 10 s; only one Orca can run at a time anyway). Each group is a module that registers its tests.
import { withScreenReader } from './harness.ts';
import './fields.sr.ts';
import './controls.sr.ts';
import './overlays.sr.ts';
import './more.sr.ts';
import './states.sr.ts';
import './fixtures.sr.ts';
import './help.sr.ts';
import './signin.sr.ts';
import './timeout.sr.ts';

withScreenReader();
