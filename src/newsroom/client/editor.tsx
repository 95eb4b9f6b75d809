/** The editor page's script: reads the page's configuration and starts the editor. */
import { render } from 'preact';
import { editorConfigAttribute, type EditorConfig } from '../editor-config.js';
import { EditorApp } from './editor-app.js';
import { useLanguage } from './i18n.js';

const root = document.getElementById('editor');
const configText = root?.getAttribute(editorConfigAttribute);
if (root && configText) {
  const config = JSON.parse(configText) as EditorConfig;
  useLanguage(config.language, config.localeTag);
  root.replaceChildren();
  render(<EditorApp config={config} />, root);
}
