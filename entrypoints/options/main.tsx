import { render } from 'preact';

render(<h1>ClaimLens dashboard</h1>, document.getElementById('app')!);
