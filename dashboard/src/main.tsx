import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The palette and the global base first: every component's and feature's stylesheet comes after them.
import './styles/palette.css';
import './styles/base.css';
import { App } from './app/app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no element with id "root" to render the dashboard into.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
