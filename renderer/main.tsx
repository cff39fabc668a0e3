import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickTransport } from './api/pick-transport';
import { createStationCache } from './api/react/station-cache';
import { createStationClient } from './api/station-client';
import { App } from './app/app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createStationClient(pickTransport());
const cache = createStationCache();

createRoot(container).render(
  <StrictMode>
    <App client={client} cache={cache} />
  </StrictMode>,
);
