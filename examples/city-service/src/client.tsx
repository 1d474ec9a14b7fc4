// Hydrates the server-rendered page with the same data the server used (read from a JSON script block, which
// the strict CSP allows because it is never executed).
import { hydrateRoot } from 'react-dom/client';
import { App, type PageData } from './app';

const dataElement = document.getElementById('page-data');
const root = document.getElementById('root');
if (dataElement && root) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as PageData;
  hydrateRoot(root, <App data={data} />);
}
