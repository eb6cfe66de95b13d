import { render } from 'preact';
import { PopupPanel } from '../../components/PopupPanel';
import { createPopupApi } from './popup-api';
import '../../components/theme.css';
import './style.css';

render(<PopupPanel api={createPopupApi()} />, document.getElementById('app')!);
