import { render } from 'preact';
import { Dashboard } from '../../components/Dashboard';
import { createDashboardApi } from './dashboard-api';
import '../../components/theme.css';
import './style.css';

render(<Dashboard api={createDashboardApi()} />, document.getElementById('app')!);
