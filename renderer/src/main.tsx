/**
 * The page's first script, kept small: it asks for the first screen's data, then loads the app. The
 * answers travel while React DOM, TanStack and the screens (start-app and what it imports, fetched beside
 * this script: see electron.vite.config.ts) are compiled and run, in the browser and in Electron alike.
 */
import { readEarly } from './api/early-reads';
import { readFamiliesScreenEarly } from './families/first-screen-reads';
import { pageFromHash } from './shell/navigation';
import './styles/global.css';

readEarly('app.status', {});
if (pageFromHash(window.location.hash) === 'families') readFamiliesScreenEarly();
void import('./start-app');
