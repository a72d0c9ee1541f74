// Entry of /admin/app.js: mounts the dashboard into #app.
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
