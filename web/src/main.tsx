/**
 * Entry point of the Ketenhuis web app: loads the styles (NL Design System components, Utrecht
 * design tokens, then our theme and layout), initialises i18n and renders the app into #root.
 */
import '@fontsource-variable/noto-sans';
import '@utrecht/component-library-css';
import '@utrecht/design-tokens/dist/index.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/forms.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
